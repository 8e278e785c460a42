/**
 * One labelled row per purchase rule the sandbox enforces (catalogue §2.1-§2.5, §2.7, §7):
 * situation -> expected offer status, first code and its rule id.
 */
import { describe, expect, it } from "vitest";
import { decideOffer, decidePurchase, VOICE_SWITCH_TARGETS } from "./offers";
import { tenant } from "./test-helpers";
import type { DenialCode, SkuPartNumber, TenantSnapshot } from "./types";

const TENANT_COUNTRY = { callingPlanPurchaseCountry: "tenantCountry" as const };

type Row = [label: string, snapshot: TenantSnapshot, sku: SkuPartNumber, status: string, code: DenialCode | null, ruleId: string | null];

function check(snapshot: TenantSnapshot, sku: SkuPartNumber, status: string, code: DenialCode | null, ruleId: string | null) {
  const offer = decideOffer(snapshot, sku);
  expect(offer.status).toBe(status);
  expect(offer.reasons[0]?.code ?? null).toBe(code);
  expect(offer.reasons[0]?.ruleId ?? null).toBe(ruleId);
}

const E3 = { plan: "ENTERPRISEPACK" } as const;
const BP = { plan: "O365_BUSINESS_PREMIUM" } as const;

describe("§2.1 tenant-level blocks", () => {
  it.each<Row>([
    ["R-ADM-1 no plan: Phone System", tenant({ plan: null }), "MCOEV", "blocked", "NO_BASE_PLAN", "R-ADM-1"],
    ["R-ADM-1 no plan: Audio Conferencing", tenant({ plan: null }), "MCOMEETADV", "blocked", "NO_BASE_PLAN", "R-ADM-1"],
    ["R-ADM-1 no plan: Exchange Online Plan 2", tenant({ plan: null }), "EXCHANGEENTERPRISE", "blocked", "NO_BASE_PLAN", "R-ADM-1"],
    ["R-ADM-1 no plan: buying a plan is allowed", tenant({ plan: null }), "ENTERPRISEPACK", "available", null, null],
    ["R-ADM-1 no plan: buying Business Premium is allowed", tenant({ plan: null }), "O365_BUSINESS_PREMIUM", "available", null, null],
    [
      "R-21V-1 21Vianet: Audio Conferencing",
      tenant({ ...E3, cloud: "21vianet", country: "CN" }),
      "MCOMEETADV",
      "blocked",
      "CLOUD_21VIANET",
      "R-21V-1",
    ],
    [
      "R-21V-1 21Vianet: Domestic Calling Plan",
      tenant({ ...E3, cloud: "21vianet", country: "CN" }, { MCOEV: 5 }),
      "MCOPSTN1",
      "blocked",
      "CLOUD_21VIANET",
      "R-21V-1",
    ],
    [
      "R-21V-1 21Vianet: Communications Credits",
      tenant({ ...E3, cloud: "21vianet", country: "CN" }),
      "MCOPSTNC",
      "blocked",
      "CLOUD_21VIANET",
      "R-21V-1",
    ],
    [
      "R-21V-1 21Vianet: Phone System allowed (China page, §6.2)",
      tenant({ ...E3, cloud: "21vianet", country: "CN" }),
      "MCOEV",
      "available",
      null,
      null,
    ],
    [
      "R-21V-1 worldwide E3 in CN: AC still not sold (R-GEO-1)",
      tenant({ ...E3, country: "CN" }),
      "MCOMEETADV",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-GEO-1",
    ],
    [
      "R-GD-1 / A-23 GoDaddy Business Premium: Audio Conferencing",
      tenant({ ...BP, channel: "godaddy" }),
      "MCOMEETADV",
      "blocked",
      "RESELLER_GODADDY",
      "R-GD-1",
    ],
    [
      "R-GD-1 GoDaddy Business Premium: Phone System",
      tenant({ ...BP, channel: "godaddy" }),
      "MCOEV",
      "blocked",
      "RESELLER_GODADDY",
      "R-GD-1",
    ],
    [
      "R-GD-1 GoDaddy Business Premium: Calling Plan",
      tenant({ ...BP, channel: "godaddy" }),
      "MCOPSTN2",
      "blocked",
      "RESELLER_GODADDY",
      "R-GD-1",
    ],
    [
      "R-GD-1 GoDaddy Business Premium: Credits",
      tenant({ ...BP, channel: "godaddy" }),
      "MCOPSTNC",
      "blocked",
      "RESELLER_GODADDY",
      "R-GD-1",
    ],
    ["R-GD-1 GoDaddy on another plan is not blocked", tenant({ ...E3, channel: "godaddy" }), "MCOMEETADV", "available", null, null],
    ["R-GD-1 Business Premium bought directly is not blocked", tenant(BP), "MCOMEETADV", "available", null, null],
    [
      "R-MC-1 / A-6 monthly, flag on: Phone System",
      tenant({ ...E3, commitment: "monthly" }),
      "MCOEV",
      "blocked",
      "MONTHLY_COMMITMENT",
      "R-MC-1",
    ],
    [
      "R-MC-1 / A-6 monthly, flag on: Audio Conferencing",
      tenant({ ...E3, commitment: "monthly" }),
      "MCOMEETADV",
      "blocked",
      "MONTHLY_COMMITMENT",
      "R-MC-1",
    ],
    [
      "A-6 monthly, flag off: allowed",
      tenant({ ...E3, commitment: "monthly", policy: { monthlyCommitmentBlocksAddOns: false } }),
      "MCOEV",
      "available",
      null,
      null,
    ],
    [
      "R-MC-2 annual commitment (monthly payment is not modelled): allowed",
      tenant({ ...E3, commitment: "annual" }),
      "MCOEV",
      "available",
      null,
      null,
    ],
    [
      "R-MC-1 monthly: buying more plan seats is not an add-on",
      tenant({ ...E3, commitment: "monthly" }),
      "ENTERPRISEPACK",
      "available",
      null,
      null,
    ],
    ["R-PART-1 Action Pack only: Phone System", partnerActionPackOnly(), "MCOEV", "blocked", "PARTNER_E3_SEAT_REQUIRED", "R-PART-1"],
    [
      "R-PART-1 Action Pack only: Audio Conferencing",
      partnerActionPackOnly(),
      "MCOMEETADV",
      "blocked",
      "PARTNER_E3_SEAT_REQUIRED",
      "R-PART-1",
    ],
    [
      "R-PART-1 / A-17 Action Pack E3 (commercial=false) doesn't count",
      partnerActionPackOnly(),
      "MCOEV",
      "blocked",
      "PARTNER_E3_SEAT_REQUIRED",
      "R-PART-1",
    ],
    ["R-PART-1 one purchased E3 seat unlocks Phone System", partnerWithPurchasedSeat(), "MCOEV", "available", null, null],
    ["R-PART-1 one purchased E3 seat unlocks Audio Conferencing", partnerWithPurchasedSeat(), "MCOMEETADV", "available", null, null],
    ["R-PART-1 partner buying the E3 seat itself is allowed", partnerActionPackOnly(), "ENTERPRISEPACK", "available", null, null],
  ])("%s", (_label, snapshot, sku, status, code, ruleId) => check(snapshot, sku, status, code, ruleId));

  it("R-GD-1 remedy: switch to a Microsoft-sold E3", () => {
    expect(decideOffer(tenant({ ...BP, channel: "godaddy" }), "MCOEV").reasons[0].remedies).toEqual([
      { action: "switchPlan", to: ["ENTERPRISEPACK"] },
    ]);
  });

  it("R-MC-1 remedies: change the commitment or contact support", () => {
    expect(decideOffer(tenant({ ...E3, commitment: "monthly" }), "MCOEV").remedies).toEqual([
      { action: "changeCommitment" },
      { action: "contactSupport" },
      { action: "changePolicy", flag: "monthlyCommitmentBlocksAddOns" },
    ]);
  });

  it("R-PART-1 remedy: buy one E3 seat", () => {
    expect(decideOffer(partnerActionPackOnly(), "MCOEV").remedies).toEqual([{ action: "purchase", sku: "ENTERPRISEPACK" }]);
  });

  it("R-EA-1 is not modelled: an eligible tenant can buy credits whatever its billing agreement", () => {
    check(tenant(E3, { MCOMEETADV: 5 }), "MCOPSTNC", "available", null, null);
  });
});

function partnerActionPackOnly(): TenantSnapshot {
  const s = tenant({ ...E3, channel: "partner" });
  return { ...s, subscriptions: s.subscriptions.map((sub) => ({ ...sub, commercial: false })) };
}

function partnerWithPurchasedSeat(): TenantSnapshot {
  const s = partnerActionPackOnly();
  return {
    ...s,
    subscriptions: [...s.subscriptions, { id: "sub-e3-bought", sku: "ENTERPRISEPACK", quantity: 1, commercial: true, status: "active" }],
  };
}

describe("§2.2 Phone System and Calling Plans", () => {
  it.each<Row>([
    ["R-CP-1 E3 without Phone System: Domestic Calling Plan", tenant(E3), "MCOPSTN1", "blocked", "PREREQUISITE_MISSING", "R-CP-1"],
    ["R-CP-1 E3 without Phone System: D&I Calling Plan", tenant(E3), "MCOPSTN2", "blocked", "PREREQUISITE_MISSING", "R-CP-1"],
    [
      "R-CP-1 a suspended Phone System subscription doesn't count",
      {
        ...tenant(E3, { MCOEV: 5 }),
        subscriptions: tenant(E3, { MCOEV: 5 }).subscriptions.map((x) => (x.sku === "MCOEV" ? { ...x, status: "suspended" as const } : x)),
      },
      "MCOPSTN1",
      "blocked",
      "PREREQUISITE_MISSING",
      "R-CP-1",
    ],
    ["R-CP-2 E3 with the Phone System add-on", tenant(E3, { MCOEV: 5 }), "MCOPSTN1", "available", null, null],
    ["R-CP-2 E5 (Phone System included)", tenant({ plan: "ENTERPRISEPREMIUM" }), "MCOPSTN2", "available", null, null],
    ["R-CP-2 E5 without AC (Phone System included)", tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF" }), "MCOPSTN1", "available", null, null],
    ["R-PS-BP Business Premium: Phone System", tenant(BP), "MCOEV", "blocked", "PLAN_SWITCH_REQUIRED", "R-PS-BP"],
    ["R-CP-BP Business Premium: Calling Plan", tenant(BP), "MCOPSTN1", "blocked", "PLAN_SWITCH_REQUIRED", "R-CP-BP"],
    ["R-PS-PP ProPlus: Phone System", tenant({ plan: "OFFICESUBSCRIPTION" }), "MCOEV", "blocked", "PLAN_SWITCH_REQUIRED", "R-PS-PP"],
    [
      "R-CP-PP/S2 ProPlus: Calling Plan",
      tenant({ plan: "OFFICESUBSCRIPTION" }),
      "MCOPSTN2",
      "blocked",
      "PLAN_SWITCH_REQUIRED",
      "R-CP-PP/S2",
    ],
    ["R-PS-S2 / A-1 SfB Plan 2, policy allow: Phone System allowed", tenant({ plan: "MCOSTANDARD" }), "MCOEV", "available", null, null],
    [
      "R-PS-S2 / A-1 SfB Plan 2, policy switch: Phone System needs a switch",
      tenant({ plan: "MCOSTANDARD", policy: { sfbPlan2PhoneSystem: "switch" } }),
      "MCOEV",
      "blocked",
      "PLAN_SWITCH_REQUIRED",
      "R-PS-S2",
    ],
    [
      "R-CP-PP/S2 SfB Plan 2, policy allow: Calling Plan needs Phone System first",
      tenant({ plan: "MCOSTANDARD" }),
      "MCOPSTN1",
      "blocked",
      "PREREQUISITE_MISSING",
      "R-CP-1",
    ],
    [
      "R-CP-PP/S2 SfB Plan 2, policy allow, with Phone System: Calling Plan allowed",
      tenant({ plan: "MCOSTANDARD" }, { MCOEV: 3 }),
      "MCOPSTN1",
      "available",
      null,
      null,
    ],
    [
      "R-CP-PP/S2 SfB Plan 2, policy switch: Calling Plan needs a switch",
      tenant({ plan: "MCOSTANDARD", policy: { sfbPlan2PhoneSystem: "switch" } }),
      "MCOPSTN1",
      "blocked",
      "PLAN_SWITCH_REQUIRED",
      "R-CP-PP/S2",
    ],
    ["R-PS-E E1: Phone System", tenant({ plan: "STANDARDPACK" }), "MCOEV", "available", null, null],
    ["R-PS-E E3: Phone System", tenant(E3), "MCOEV", "available", null, null],
    ["R-PS-E E4: Phone System", tenant({ plan: "ENTERPRISEWITHSCAL" }), "MCOEV", "available", null, null],
    ["R-PS-E5 E5: Phone System included", tenant({ plan: "ENTERPRISEPREMIUM" }), "MCOEV", "included", "ALREADY_INCLUDED", "R-PS-E5"],
    [
      "R-PS-E5 E5 without AC: Phone System included",
      tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF" }),
      "MCOEV",
      "included",
      "ALREADY_INCLUDED",
      "R-PS-E5",
    ],
    [
      "R-VM-E14 / A-9 E1: Exchange Online Plan 2 can be bought",
      tenant({ plan: "STANDARDPACK" }),
      "EXCHANGEENTERPRISE",
      "available",
      null,
      null,
    ],
    [
      "R-VM-E14 / A-9 E4: Exchange Online Plan 2 can be bought",
      tenant({ plan: "ENTERPRISEWITHSCAL" }),
      "EXCHANGEENTERPRISE",
      "available",
      null,
      null,
    ],
    ["A-18 E3: Exchange Online Plan 2 included", tenant(E3), "EXCHANGEENTERPRISE", "included", "ALREADY_INCLUDED", "A-18"],
    [
      "R-VM-E5 E5: Exchange Online Plan 2 included",
      tenant({ plan: "ENTERPRISEPREMIUM" }),
      "EXCHANGEENTERPRISE",
      "included",
      "ALREADY_INCLUDED",
      "R-VM-E5",
    ],
    [
      "R-VM-GEN ProPlus (no Exchange): Exchange Online Plan 2 can be bought",
      tenant({ plan: "OFFICESUBSCRIPTION" }),
      "EXCHANGEENTERPRISE",
      "available",
      null,
      null,
    ],
    ["F-1 SfB Plan 1: Phone System needs a switch", tenant({ plan: "MCOIMP" }), "MCOEV", "blocked", "PLAN_SWITCH_REQUIRED", "F-1"],
    [
      "F-1 SfB Plan 1: Audio Conferencing needs a switch",
      tenant({ plan: "MCOIMP" }),
      "MCOMEETADV",
      "blocked",
      "PLAN_SWITCH_REQUIRED",
      "F-1",
    ],
    ["F-1 SfB Plan 1: Calling Plan needs a switch", tenant({ plan: "MCOIMP" }), "MCOPSTN1", "blocked", "PLAN_SWITCH_REQUIRED", "F-1"],
  ])("%s", (_label, snapshot, sku, status, code, ruleId) => check(snapshot, sku, status, code, ruleId));

  it("R-CP-1 remedy: buy Phone System", () => {
    expect(decideOffer(tenant(E3), "MCOPSTN1").remedies).toEqual([{ action: "purchase", sku: "MCOEV" }]);
  });

  it("R-PS-BP / A-19: targets are E1, E3, E4, E5, with an E5 recommendation (R-REC-E5)", () => {
    const offer = decideOffer(tenant(BP), "MCOEV");
    expect(offer.remedies).toEqual([{ action: "switchPlan", to: VOICE_SWITCH_TARGETS }]);
    expect(VOICE_SWITCH_TARGETS).toEqual(["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEWITHSCAL", "ENTERPRISEPREMIUM"]);
    expect(offer.recommendations.map((r) => r.ruleId)).toContain("R-REC-E5");
  });

  it("R-CP-BP: both the switch and then Phone System are listed, in §9 order", () => {
    expect(decideOffer(tenant(BP), "MCOPSTN1").reasons.map((r) => r.ruleId)).toEqual(["R-CP-BP", "R-CP-1"]);
  });

  it("A-1: SfB Plan 2 with policy allow recommends evaluating E5 (R-REC-E5)", () => {
    expect(decideOffer(tenant({ plan: "MCOSTANDARD" }), "MCOEV").recommendations.map((r) => r.ruleId)).toContain("R-REC-E5");
  });

  it("F-1: Plan 1 targets include SfB Plan 2 only when the A-1 policy allows Phone System there", () => {
    const allow = decideOffer(tenant({ plan: "MCOIMP" }), "MCOEV").remedies[0];
    const forbid = decideOffer(tenant({ plan: "MCOIMP", policy: { sfbPlan2PhoneSystem: "switch" } }), "MCOEV").remedies[0];
    expect(allow).toEqual({ action: "switchPlan", to: ["MCOSTANDARD", ...VOICE_SWITCH_TARGETS] });
    expect(forbid).toEqual({ action: "switchPlan", to: VOICE_SWITCH_TARGETS });
  });

  it("R-PS-HYB: every Calling Plan offer reminds that hybrid users need Phone System only", () => {
    expect(decideOffer(tenant(E3, { MCOEV: 5 }), "MCOPSTN1").recommendations.map((r) => r.ruleId)).toContain("R-PS-HYB");
  });

  it("R-VM-E14: E1/E4 Phone System recommends Exchange Online Plan 2 until it is bought", () => {
    expect(decideOffer(tenant({ plan: "STANDARDPACK" }), "MCOEV").recommendations.map((r) => r.ruleId)).toContain("R-VM-E14");
    expect(
      decideOffer(tenant({ plan: "STANDARDPACK" }, { EXCHANGEENTERPRISE: 5 }), "MCOEV").recommendations.map((r) => r.ruleId),
    ).not.toContain("R-VM-E14");
    expect(decideOffer(tenant(E3), "MCOEV").recommendations.map((r) => r.ruleId)).not.toContain("R-VM-E14");
  });
});

describe("§2.3 Audio Conferencing", () => {
  it.each<Row>([
    ["R-AC-BP Business Premium", tenant(BP), "MCOMEETADV", "available", null, null],
    ["R-AC-PPS2 ProPlus", tenant({ plan: "OFFICESUBSCRIPTION" }), "MCOMEETADV", "available", null, null],
    ["R-AC-PPS2 SfB Plan 2", tenant({ plan: "MCOSTANDARD" }), "MCOMEETADV", "available", null, null],
    ["R-AC-E E1", tenant({ plan: "STANDARDPACK" }), "MCOMEETADV", "available", null, null],
    ["R-AC-E E3", tenant(E3), "MCOMEETADV", "available", null, null],
    ["R-AC-E E4", tenant({ plan: "ENTERPRISEWITHSCAL" }), "MCOMEETADV", "available", null, null],
    ["R-AC-E5 E5: included", tenant({ plan: "ENTERPRISEPREMIUM" }), "MCOMEETADV", "included", "ALREADY_INCLUDED", "R-AC-E5"],
    [
      "R-AC-E5N-b E5 without AC, France sells AC: switch to E5",
      tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" }),
      "MCOMEETADV",
      "blocked",
      "PLAN_SWITCH_REQUIRED",
      "R-AC-E5N-b",
    ],
    [
      "R-AC-E5N-a E5 without AC, India doesn't sell AC: third party",
      tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "IN" }),
      "MCOMEETADV",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-AC-E5N-a",
    ],
    [
      "R-AC-E5N-a unknown country counts as not sold",
      tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "ZZ" }),
      "MCOMEETADV",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-AC-E5N-a",
    ],
  ])("%s", (_label, snapshot, sku, status, code, ruleId) => check(snapshot, sku, status, code, ruleId));

  it("R-AC-E5N-b remedy: switch to ENTERPRISEPREMIUM; R-AC-E5N-a remedy: third-party provider, said once", () => {
    expect(decideOffer(tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" }), "MCOMEETADV").remedies).toEqual([
      { action: "switchPlan", to: ["ENTERPRISEPREMIUM"] },
    ]);
    const india = decideOffer(tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "IN" }), "MCOMEETADV");
    expect(india.remedies).toEqual([{ action: "thirdPartyProvider" }]);
    expect(india.reasons).toHaveLength(1);
  });

  it("R-AC-CC: an Audio Conferencing offer recommends setting up credits until they exist", () => {
    expect(decideOffer(tenant(E3), "MCOMEETADV").recommendations.map((r) => r.ruleId)).toContain("R-AC-CC");
    expect(decideOffer({ ...tenant(E3), creditsEnabled: true }, "MCOMEETADV").recommendations.map((r) => r.ruleId)).not.toContain(
      "R-AC-CC",
    );
  });
});

describe("§2.4 Communications Credits", () => {
  it.each<Row>([
    ["R-CC-1 with Audio Conferencing", tenant(E3, { MCOMEETADV: 2 }), "MCOPSTNC", "available", null, null],
    ["R-CC-1 with Phone System and a Calling Plan", tenant(E3, { MCOEV: 2, MCOPSTN1: 2 }), "MCOPSTNC", "available", null, null],
    ["R-CC-1 E5 (AC included)", tenant({ plan: "ENTERPRISEPREMIUM" }), "MCOPSTNC", "available", null, null],
    ["R-CC-2 / A-3 Phone System alone is not enough", tenant(E3, { MCOEV: 2 }), "MCOPSTNC", "blocked", "PREREQUISITE_MISSING", "R-CC-2"],
    [
      "R-CC-2 / A-3 E5 without AC and no Calling Plan",
      tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF" }),
      "MCOPSTNC",
      "blocked",
      "PREREQUISITE_MISSING",
      "R-CC-2",
    ],
    [
      "R-CC-2 / A-3 E5 without AC with a Calling Plan",
      tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF" }, { MCOPSTN2: 1 }),
      "MCOPSTNC",
      "available",
      null,
      null,
    ],
    ["R-CC-2 nothing owned", tenant(E3), "MCOPSTNC", "blocked", "PREREQUISITE_MISSING", "R-CC-2"],
    [
      "R-CC-5 Russia sells AC but not credits",
      tenant({ ...E3, country: "RU" }, { MCOMEETADV: 2 }),
      "MCOPSTNC",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-CC-5",
    ],
    ["R-CC-5 Brazil: credits on (§5.3 default)", tenant({ ...E3, country: "BR" }, { MCOMEETADV: 2 }), "MCOPSTNC", "available", null, null],
  ])("%s", (_label, snapshot, sku, status, code, ruleId) => check(snapshot, sku, status, code, ruleId));

  it("R-CC-2 remedies: Audio Conferencing, or the missing half of Phone System + Calling Plan", () => {
    expect(decideOffer(tenant(E3), "MCOPSTNC").remedies).toEqual([
      { action: "purchase", sku: "MCOMEETADV" },
      { action: "purchase", sku: "MCOEV" },
    ]);
    expect(decideOffer(tenant(E3, { MCOEV: 1 }), "MCOPSTNC").remedies).toEqual([
      { action: "purchase", sku: "MCOMEETADV" },
      { action: "purchase", sku: "MCOPSTN1" },
    ]);
  });

  it("R-CC-3: credits are bought without a seat count", () => {
    expect(decidePurchase(tenant(E3, { MCOMEETADV: 2 }), { sku: "MCOPSTNC" })).toMatchObject({ ok: true, value: { quantity: 1 } });
  });

  it("R-REC-AR, R-AC-CC and R-REC-CCE5 on the credits offer", () => {
    const ids = decideOffer(tenant({ plan: "ENTERPRISEPREMIUM" }), "MCOPSTNC").recommendations.map((r) => r.ruleId);
    expect(ids).toEqual(["R-AC-CC", "R-REC-AR", "R-REC-CCE5"]);
    expect(decideOffer(tenant(E3, { MCOMEETADV: 1 }), "MCOPSTNC").recommendations.map((r) => r.ruleId)).not.toContain("R-REC-CCE5");
  });
});

describe("§2.5 country gates (tenant country at purchase)", () => {
  it.each<Row>([
    [
      "R-GEO-1 India: Audio Conferencing not sold",
      tenant({ ...E3, country: "IN" }),
      "MCOMEETADV",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-GEO-1",
    ],
    ["R-GEO-1 France: Audio Conferencing sold", tenant({ ...E3, country: "FR" }), "MCOMEETADV", "available", null, null],
    ["R-GEO-2 Germany: Calling Plans sold", tenant({ ...E3, country: "DE" }, { MCOEV: 1 }), "MCOPSTN1", "available", null, null],
    ["R-GEO-2 Puerto Rico: Calling Plans sold", tenant({ ...E3, country: "PR" }, { MCOEV: 1 }), "MCOPSTN2", "available", null, null],
    // Departure 4 (CP:45, §9 step 5): the users' usage locations decide, at assignment; a JP tenant buys for its US users.
    [
      "R-GEO-2 Japan tenant (default policy): Calling Plans bought for users elsewhere",
      tenant({ ...E3, country: "JP" }, { MCOEV: 1 }),
      "MCOPSTN1",
      "available",
      null,
      null,
    ],
    [
      "R-GEO-3 Canada tenant (default policy): bought, the user's location decides",
      tenant({ ...E3, country: "CA" }, { MCOEV: 1 }),
      "MCOPSTN2",
      "available",
      null,
      null,
    ],
    [
      "R-GEO-2 Japan, policy tenantCountry: Calling Plans not sold",
      tenant({ ...E3, country: "JP", policy: TENANT_COUNTRY }, { MCOEV: 1 }),
      "MCOPSTN1",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-GEO-2",
    ],
    [
      "R-GEO-3 Canada, policy tenantCountry, preview flag off",
      tenant({ ...E3, country: "CA", policy: TENANT_COUNTRY }, { MCOEV: 1 }),
      "MCOPSTN1",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-GEO-3",
    ],
    [
      "R-GEO-3 Canada, policy tenantCountry, preview flag on",
      tenant({ ...E3, country: "CA", policy: { ...TENANT_COUNTRY, canadaCallingPlansPreview: true } }, { MCOEV: 1 }),
      "MCOPSTN1",
      "available",
      null,
      null,
    ],
    [
      "R-GEO-5 unknown country: Phone System not sold",
      tenant({ ...E3, country: "ZZ" }),
      "MCOEV",
      "blocked",
      "COUNTRY_NOT_AVAILABLE",
      "R-GEO-5",
    ],
  ])("%s", (_label, snapshot, sku, status, code, ruleId) => check(snapshot, sku, status, code, ruleId));

  it("R-GEO-5: Phone System is sold in every one of the 86 countries", async () => {
    const { COUNTRY_CODES } = await import("./countries");
    for (const country of COUNTRY_CODES) expect(decideOffer(tenant({ ...E3, country }), "MCOEV").status).toBe("available");
  });

  it("R-GEO-1 remedy: a third-party provider", () => {
    expect(decideOffer(tenant({ ...E3, country: "IN" }), "MCOMEETADV").remedies).toEqual([{ action: "thirdPartyProvider" }]);
  });
});

describe("§2.7 recommendations", () => {
  it("R-REC-COST: adding Phone System after Audio Conferencing suggests comparing with E5", () => {
    expect(decideOffer(tenant(E3, { MCOMEETADV: 5 }), "MCOEV").recommendations.map((r) => r.ruleId)).toContain("R-REC-COST");
    expect(decideOffer(tenant(E3), "MCOEV").recommendations.map((r) => r.ruleId)).not.toContain("R-REC-COST");
  });

  it("R-REC-E5 only for Business Premium, ProPlus and SfB Plan 2", () => {
    expect(decideOffer(tenant(BP), "MCOMEETADV").recommendations.map((r) => r.ruleId)).toContain("R-REC-E5");
    expect(decideOffer(tenant(E3), "MCOMEETADV").recommendations.map((r) => r.ruleId)).not.toContain("R-REC-E5");
  });
});

describe("§9 evaluation order", () => {
  it("GoDaddy Business Premium Calling Plan: tenant block, plan gate, prerequisite", () => {
    const offer = decideOffer(tenant({ ...BP, channel: "godaddy" }), "MCOPSTN1");
    expect(offer.reasons.map((r) => r.code)).toEqual(["RESELLER_GODADDY", "PLAN_SWITCH_REQUIRED", "PREREQUISITE_MISSING"]);
  });

  it("21Vianet Calling Plan: tenant block, prerequisite (country only under the tenantCountry policy)", () => {
    const offer = decideOffer(tenant({ ...E3, cloud: "21vianet", country: "CN" }), "MCOPSTN2");
    expect(offer.reasons.map((r) => r.ruleId)).toEqual(["R-21V-1", "R-CP-1"]);
    const strict = decideOffer(tenant({ ...E3, cloud: "21vianet", country: "CN", policy: TENANT_COUNTRY }), "MCOPSTN2");
    expect(strict.reasons.map((r) => r.ruleId)).toEqual(["R-21V-1", "R-CP-1", "R-GEO-2"]);
    expect(strict.reasons[2].details?.policyFlag).toBe("callingPlanPurchaseCountry");
    expect(strict.reasons[2].message).toContain("callingPlanPurchaseCountry");
  });

  it("an included add-on on a monthly E5 keeps status 'included', tenant block first", () => {
    const offer = decideOffer(tenant({ plan: "ENTERPRISEPREMIUM", commitment: "monthly" }), "MCOEV");
    expect(offer.status).toBe("included");
    expect(offer.reasons.map((r) => r.code)).toEqual(["MONTHLY_COMMITMENT", "ALREADY_INCLUDED"]);
  });
});
