/**
 * `allowedBy`: the rule ids that ALLOWED a successful decision (for the audit trail), in evaluation order.
 * One table per decision: decidePurchase, decideSeatChange, decidePlanSwitch, decideLicenseChange.
 */
import { describe, expect, it } from "vitest";
import { decideLicenseChange, type LicenseChange } from "./assignment";
import { DEMO_SITUATIONS } from "./fixtures";
import { decidePurchase, decideSeatChange } from "./offers";
import { decidePlanSwitch } from "./plan-switch";
import { recommend } from "./reasons";
import { auditRuleIds, RULES } from "./rule-index";
import { tenant, withSubscriptions } from "./test-helpers";
import { ALL_SKUS, PLAN_SKUS, type PlanSku, type SkuPartNumber, type TenantSnapshot, type UserSnapshot } from "./types";

const E3 = { plan: "ENTERPRISEPACK" } as const;

interface PurchaseRow {
  label: string;
  snapshot: TenantSnapshot;
  sku: SkuPartNumber;
  allowedBy: string[];
}

const purchases: PurchaseRow[] = [
  {
    label: "R-AC-BP, R-AC-PPS2: Audio Conferencing on Business Premium",
    snapshot: tenant({ plan: "O365_BUSINESS_PREMIUM" }),
    sku: "MCOMEETADV",
    allowedBy: ["R-AC-BP", "R-AC-PPS2"],
  },
  {
    label: "R-AC-PPS2: Audio Conferencing on ProPlus",
    snapshot: tenant({ plan: "OFFICESUBSCRIPTION" }),
    sku: "MCOMEETADV",
    allowedBy: ["R-AC-PPS2"],
  },
  {
    label: "R-AC-PPS2: Audio Conferencing on SfB Online Plan 2",
    snapshot: tenant({ plan: "MCOSTANDARD" }),
    sku: "MCOMEETADV",
    allowedBy: ["R-AC-PPS2"],
  },
  { label: "R-AC-E: Audio Conferencing on E1", snapshot: tenant({ plan: "STANDARDPACK" }), sku: "MCOMEETADV", allowedBy: ["R-AC-E"] },
  { label: "R-AC-E: Audio Conferencing on E3", snapshot: tenant(E3), sku: "MCOMEETADV", allowedBy: ["R-AC-E"] },
  { label: "R-AC-E: Audio Conferencing on E4", snapshot: tenant({ plan: "ENTERPRISEWITHSCAL" }), sku: "MCOMEETADV", allowedBy: ["R-AC-E"] },
  {
    label: "R-PS-E, R-GEO-5: Phone System on E1",
    snapshot: tenant({ plan: "STANDARDPACK" }),
    sku: "MCOEV",
    allowedBy: ["R-PS-E", "R-GEO-5"],
  },
  { label: "R-PS-E, R-GEO-5: Phone System on E3", snapshot: tenant(E3), sku: "MCOEV", allowedBy: ["R-PS-E", "R-GEO-5"] },
  {
    label: "R-PS-E, R-GEO-5: Phone System on E4",
    snapshot: tenant({ plan: "ENTERPRISEWITHSCAL" }),
    sku: "MCOEV",
    allowedBy: ["R-PS-E", "R-GEO-5"],
  },
  {
    label: "R-PS-S2, A-1: Phone System on SfB Online Plan 2 with the policy on allow",
    snapshot: tenant({ plan: "MCOSTANDARD", policy: { sfbPlan2PhoneSystem: "allow" } }),
    sku: "MCOEV",
    allowedBy: ["R-PS-S2", "A-1", "R-GEO-5"],
  },
  { label: "R-CP-2: a Calling Plan on E3 with Phone System", snapshot: tenant(E3, { MCOEV: 5 }), sku: "MCOPSTN1", allowedBy: ["R-CP-2"] },
  {
    label: "R-CP-2: a Calling Plan on E5 (Phone System included)",
    snapshot: tenant({ plan: "ENTERPRISEPREMIUM" }),
    sku: "MCOPSTN2",
    allowedBy: ["R-CP-2"],
  },
  {
    label: "R-CP-PP/S2, R-CP-2: a Calling Plan on SfB Online Plan 2 after Phone System",
    snapshot: tenant({ plan: "MCOSTANDARD" }, { MCOEV: 2 }),
    sku: "MCOPSTN1",
    allowedBy: ["R-CP-PP/S2", "R-CP-2"],
  },
  {
    label: "R-CP-2, R-GEO-3: a Calling Plan in Canada for a preview tenant (policy callingPlanPurchaseCountry = tenantCountry)",
    snapshot: tenant(
      { ...E3, country: "CA", policy: { canadaCallingPlansPreview: true, callingPlanPurchaseCountry: "tenantCountry" } },
      { MCOEV: 2 },
    ),
    sku: "MCOPSTN1",
    allowedBy: ["R-CP-2", "R-GEO-3"],
  },
  { label: "R-CC-1: credits with Audio Conferencing", snapshot: tenant(E3, { MCOMEETADV: 2 }), sku: "MCOPSTNC", allowedBy: ["R-CC-1"] },
  {
    label: "R-CC-1: credits with Phone System and a Calling Plan",
    snapshot: tenant(E3, { MCOEV: 2, MCOPSTN1: 2 }),
    sku: "MCOPSTNC",
    allowedBy: ["R-CC-1"],
  },
  { label: "R-CC-1: credits on E5", snapshot: tenant({ plan: "ENTERPRISEPREMIUM" }), sku: "MCOPSTNC", allowedBy: ["R-CC-1"] },
  {
    label: "R-PART-1, R-PS-E: a partner with a bought E3 seat buys Phone System",
    snapshot: tenant({ ...E3, channel: "partner" }),
    sku: "MCOEV",
    allowedBy: ["R-PART-1", "R-PS-E", "R-GEO-5"],
  },
  {
    label: "R-PART-1, R-AC-E: a partner with a bought E3 seat buys Audio Conferencing",
    snapshot: tenant({ ...E3, channel: "partner" }),
    sku: "MCOMEETADV",
    allowedBy: ["R-PART-1", "R-AC-E"],
  },
  {
    label: "R-ADM-1: a plan bought on a tenant without one",
    snapshot: tenant({ plan: null }),
    sku: "ENTERPRISEPACK",
    allowedBy: ["R-ADM-1"],
  },
  { label: "SBX-ONE-PLAN: more seats of the current plan", snapshot: tenant(E3), sku: "ENTERPRISEPACK", allowedBy: ["SBX-ONE-PLAN"] },
  {
    label: "R-VM-E14: Exchange Online Plan 2 on E1",
    snapshot: tenant({ plan: "STANDARDPACK" }),
    sku: "EXCHANGEENTERPRISE",
    allowedBy: ["R-VM-E14"],
  },
  {
    label: "R-VM-E14, A-9: Exchange Online Plan 2 on E4",
    snapshot: tenant({ plan: "ENTERPRISEWITHSCAL" }),
    sku: "EXCHANGEENTERPRISE",
    allowedBy: ["R-VM-E14", "A-9"],
  },
  {
    label: "R-VM-GEN: Exchange Online Plan 2 on Business Premium",
    snapshot: tenant({ plan: "O365_BUSINESS_PREMIUM" }),
    sku: "EXCHANGEENTERPRISE",
    allowedBy: ["R-VM-GEN"],
  },
  {
    label: "A-6, R-AC-E: a monthly commitment with the policy flag off",
    snapshot: tenant({ ...E3, commitment: "monthly", policy: { monthlyCommitmentBlocksAddOns: false } }),
    sku: "MCOMEETADV",
    allowedBy: ["A-6", "R-AC-E"],
  },
];

describe("decidePurchase allowedBy", () => {
  it.each(purchases)("$label", ({ snapshot, sku, allowedBy }) => {
    const result = decidePurchase(snapshot, { sku, quantity: 1 });
    expect(result.ok && result.value.allowedBy).toEqual(allowedBy);
  });

  it("every allowed purchase of every demo situation (with and without add-ons) names known rules, never none", () => {
    const ownerships: Partial<Record<SkuPartNumber, number>>[] = [{}, { MCOEV: 2 }, { MCOMEETADV: 2 }, { MCOEV: 2, MCOPSTN1: 2 }];
    let allowed = 0;
    for (const { snapshot } of DEMO_SITUATIONS) {
      for (const seats of ownerships) {
        const s = withSubscriptions(snapshot, seats);
        for (const sku of ALL_SKUS) {
          const result = decidePurchase(s, { sku, quantity: 1 });
          if (!result.ok) continue;
          allowed++;
          expect(result.value.allowedBy.length, `${sku} on ${s.plan}`).toBeGreaterThan(0);
          expect(new Set(result.value.allowedBy).size).toBe(result.value.allowedBy.length);
          for (const id of result.value.allowedBy) expect(RULES[id], id).toBeDefined();
        }
      }
    }
    expect(allowed).toBeGreaterThan(50);
  });
});

describe("decideSeatChange allowedBy", () => {
  const s = { ...tenant(E3, { MCOEV: 10 }), assignedCounts: { ENTERPRISEPACK: 10, MCOEV: 7 } };

  it.each([
    { label: "R-ASG-SEAT: fewer seats, still covering the assigned ones", sku: "MCOEV" as const, to: 7, allowedBy: ["R-ASG-SEAT"] },
    {
      label: "R-ASG-SEAT, R-PS-E: more Phone System seats pass the purchase gates",
      sku: "MCOEV" as const,
      to: 12,
      allowedBy: ["R-ASG-SEAT", "R-PS-E", "R-GEO-5"],
    },
    {
      label: "R-ASG-SEAT, SBX-ONE-PLAN: more seats of the plan",
      sku: "ENTERPRISEPACK" as const,
      to: 30,
      allowedBy: ["R-ASG-SEAT", "SBX-ONE-PLAN"],
    },
  ])("$label", ({ sku, to, allowedBy }) => {
    const result = decideSeatChange(s, sku, to);
    expect(result.ok && result.value.allowedBy).toEqual(allowedBy);
  });
});

describe("decidePlanSwitch allowedBy", () => {
  const e5WithCallingPlans = {
    ...tenant({ plan: "ENTERPRISEPREMIUM" }, { MCOEV: 3, MCOPSTN1: 3 }),
    assignedCounts: { ENTERPRISEPREMIUM: 10, MCOPSTN1: 3 },
  };
  const rows: { label: string; snapshot: TenantSnapshot; to: PlanSku; allowedBy: string[] }[] = [
    {
      label: "R-GD-1, A-19: GoDaddy Business Premium leaves GoDaddy for E3",
      snapshot: tenant({ plan: "O365_BUSINESS_PREMIUM", channel: "godaddy" }),
      to: "ENTERPRISEPACK",
      allowedBy: ["R-GD-1", "A-19"],
    },
    {
      label: "A-19: Business Premium to E5",
      snapshot: tenant({ plan: "O365_BUSINESS_PREMIUM" }),
      to: "ENTERPRISEPREMIUM",
      allowedBy: ["A-19"],
    },
    { label: "A-19: ProPlus to E1", snapshot: tenant({ plan: "OFFICESUBSCRIPTION" }), to: "STANDARDPACK", allowedBy: ["A-19"] },
    { label: "A-19: SfB Online Plan 2 to E4", snapshot: tenant({ plan: "MCOSTANDARD" }), to: "ENTERPRISEWITHSCAL", allowedBy: ["A-19"] },
    { label: "A-19: SfB Online Plan 1 to E3", snapshot: tenant({ plan: "MCOIMP" }), to: "ENTERPRISEPACK", allowedBy: ["A-19"] },
    {
      label: "R-AC-E5N-b: E5 without Audio Conferencing to E5",
      snapshot: tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" }),
      to: "ENTERPRISEPREMIUM",
      allowedBy: ["R-AC-E5N-b"],
    },
    { label: "SBX-PLAN-SWITCH: E3 to E5", snapshot: tenant(E3), to: "ENTERPRISEPREMIUM", allowedBy: ["SBX-PLAN-SWITCH"] },
    {
      label: "SBX-PLAN-SWITCH: Business Premium to ProPlus (not a voice target)",
      snapshot: tenant({ plan: "O365_BUSINESS_PREMIUM" }),
      to: "OFFICESUBSCRIPTION",
      allowedBy: ["SBX-PLAN-SWITCH"],
    },
    {
      label: "R-PART-1, SBX-PLAN-SWITCH: a partner carries its bought E3 seats to E5",
      snapshot: tenant({ ...E3, channel: "partner" }),
      to: "ENTERPRISEPREMIUM",
      allowedBy: ["R-PART-1", "SBX-PLAN-SWITCH"],
    },
    {
      label: "R-ASG-CP-PS, SBX-PLAN-SWITCH: E5 to E3 while Phone System add-on seats cover the Calling Plans",
      snapshot: e5WithCallingPlans,
      to: "ENTERPRISEPACK",
      allowedBy: ["R-ASG-CP-PS", "SBX-PLAN-SWITCH"],
    },
  ];

  it.each(rows)("$label", ({ snapshot, to, allowedBy }) => {
    const result = decidePlanSwitch(snapshot, to);
    expect(result.ok && result.value.allowedBy).toEqual(allowedBy);
  });

  it("every allowed switch between demo situations and targets names known rules, never none", () => {
    for (const { snapshot } of DEMO_SITUATIONS) {
      for (const to of PLAN_SKUS) {
        const result = decidePlanSwitch(snapshot, to);
        if (!result.ok) continue;
        expect(result.value.allowedBy.length).toBeGreaterThan(0);
        for (const id of result.value.allowedBy) expect(RULES[id], id).toBeDefined();
      }
    }
  });
});

describe("decideLicenseChange allowedBy", () => {
  const e3 = tenant(E3, { MCOEV: 5, MCOPSTN1: 5, MCOPSTN2: 5, MCOMEETADV: 5 });
  const user = (overrides: Partial<UserSnapshot> = {}): UserSnapshot => ({
    id: "u1",
    usageLocation: "US",
    pstnConnectivity: "online",
    kind: "person",
    licenses: [],
    ...overrides,
  });
  const change = (add: SkuPartNumber[], remove: SkuPartNumber[] = []): LicenseChange => ({ add, remove });

  const rows: { label: string; snapshot: TenantSnapshot; user: UserSnapshot; change: LicenseChange; allowedBy: string[] }[] = [
    {
      label: "R-ASG-SEAT: E3 assigned from a free seat",
      snapshot: e3,
      user: user(),
      change: change(["ENTERPRISEPACK"]),
      allowedBy: ["R-ASG-SEAT"],
    },
    {
      label: "R-ASG-LOC, R-ASG-CP-PS, R-ASG-SEAT: a Calling Plan added with Phone System",
      snapshot: e3,
      user: user({ licenses: ["ENTERPRISEPACK"] }),
      change: change(["MCOEV", "MCOPSTN1"]),
      allowedBy: ["R-ASG-LOC", "R-ASG-CP-PS", "R-ASG-SEAT"],
    },
    {
      label: "R-GEO-3, R-ASG-CP-PS, R-ASG-SEAT: a Calling Plan for a user in Canada (preview tenant)",
      snapshot: { ...e3, policy: { ...e3.policy, canadaCallingPlansPreview: true } },
      user: user({ usageLocation: "CA", licenses: ["ENTERPRISEPACK", "MCOEV"] }),
      change: change(["MCOPSTN2"]),
      allowedBy: ["R-GEO-3", "R-ASG-CP-PS", "R-ASG-SEAT"],
    },
    {
      label: "R-CC-3: the Communications Credits license once credits are set up (unlimited, no seat)",
      snapshot: { ...e3, creditsEnabled: true },
      user: user({ licenses: ["ENTERPRISEPACK", "MCOMEETADV"] }),
      change: change(["MCOPSTNC"]),
      allowedBy: ["R-CC-3"],
    },
    {
      label: "SBX-ASG-REMOVE: Phone System removed, nothing depends on it",
      snapshot: e3,
      user: user({ licenses: ["ENTERPRISEPACK", "MCOEV"] }),
      change: change([], ["MCOEV"]),
      allowedBy: ["SBX-ASG-REMOVE"],
    },
    {
      label: "R-ASG-CP-PS, SBX-ASG-REMOVE: the Phone System add-on removed from an E5 user whose plan still gives it",
      snapshot: tenant({ plan: "ENTERPRISEPREMIUM" }, { MCOEV: 2, MCOPSTN1: 2 }),
      user: user({ licenses: ["ENTERPRISEPREMIUM", "MCOEV", "MCOPSTN1"] }),
      change: change([], ["MCOEV"]),
      allowedBy: ["R-ASG-CP-PS", "SBX-ASG-REMOVE"],
    },
    {
      label: "R-ASG-LOC, R-ASG-CP-PS, SBX-ASG-REMOVE, R-ASG-SEAT: swapping Domestic for Domestic and International",
      snapshot: e3,
      user: user({ licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"] }),
      change: change(["MCOPSTN2"], ["MCOPSTN1"]),
      allowedBy: ["R-ASG-LOC", "R-ASG-CP-PS", "SBX-ASG-REMOVE", "R-ASG-SEAT"],
    },
    {
      label: "a no-op change evaluates nothing and cites nothing",
      snapshot: e3,
      user: user({ licenses: ["ENTERPRISEPACK"] }),
      change: change(["ENTERPRISEPACK"]),
      allowedBy: [],
    },
  ];

  it.each(rows)("$label", ({ snapshot, user: u, change: c, allowedBy }) => {
    const result = decideLicenseChange(snapshot, u, c);
    expect(result.ok && result.value.allowedBy).toEqual(allowedBy);
    if (result.ok) for (const id of result.value.allowedBy) expect(RULES[id], id).toBeDefined();
  });
});

describe("auditRuleIds", () => {
  it("allowedBy first, then the recommendations' rules, each once", () => {
    expect(auditRuleIds(["R-AC-BP", "R-AC-PPS2"], [recommend("R-REC-E5"), recommend("R-AC-CC"), recommend("R-REC-E5")])).toEqual([
      "R-AC-BP",
      "R-AC-PPS2",
      "R-REC-E5",
      "R-AC-CC",
    ]);
    expect(auditRuleIds(["R-ASG-SEAT"])).toEqual(["R-ASG-SEAT"]);
  });
});
