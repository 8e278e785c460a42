/**
 * Whole-tenant offer tables for every demo situation (lib/domain/fixtures.ts): each sku's status and
 * first code. "available" | "included:CODE" | "blocked:CODE".
 */
import { describe, expect, it } from "vitest";
import { DEMO_SITUATIONS } from "./fixtures";
import { decideOffers } from "./offers";
import { PLAN_SKUS, type AddonSku, type PlanSku, type SkuPartNumber } from "./types";

type Expect = string;
const SWITCH = "blocked:PLAN_SWITCH_REQUIRED";

/** Plan skus: the current plan is available; plans it contains are included (SBX-ONE-PLAN); others need a switch. */
const ROOM_TENANTS: PlanSku[] = ["O365_BUSINESS_PREMIUM", "OFFICESUBSCRIPTION", "MCOSTANDARD"];

function planRow(current: PlanSku | null): Record<PlanSku, Expect> {
  const containsSfbPlan2: PlanSku[] = [
    "O365_BUSINESS_PREMIUM",
    "STANDARDPACK",
    "ENTERPRISEPACK",
    "ENTERPRISEWITHSCAL",
    "ENTERPRISEPREMIUM_NOPSTNCONF",
    "ENTERPRISEPREMIUM",
  ];
  const row = {} as Record<PlanSku, Expect>;
  for (const p of PLAN_SKUS) {
    if (current === null || p === current) row[p] = "available";
    // SBX-ROOM-SFB: Business Premium, ProPlus and SfB Plan 2 tenants buy standalone Plan 1 / Plan 2 for rooms.
    else if (ROOM_TENANTS.includes(current) && (p === "MCOIMP" || p === "MCOSTANDARD")) row[p] = "available";
    else if (p === "MCOSTANDARD" && containsSfbPlan2.includes(current)) row[p] = "included:ALREADY_INCLUDED";
    else row[p] = SWITCH;
  }
  return row;
}

const EXPECTED: Record<string, { plan: PlanSku | null; addOns: Record<AddonSku, Expect> }> = {
  "no-plan": {
    plan: null,
    addOns: {
      MCOMEETADV: "blocked:NO_BASE_PLAN",
      MCOEV: "blocked:NO_BASE_PLAN",
      MCOPSTN1: "blocked:NO_BASE_PLAN",
      MCOPSTN2: "blocked:NO_BASE_PLAN",
      MCOPSTNC: "blocked:NO_BASE_PLAN",
      EXCHANGEENTERPRISE: "blocked:NO_BASE_PLAN",
    },
  },
  "bp-direct": {
    plan: "O365_BUSINESS_PREMIUM",
    addOns: {
      MCOMEETADV: "available", // R-AC-BP
      MCOEV: SWITCH, // R-PS-BP
      MCOPSTN1: SWITCH, // R-CP-BP
      MCOPSTN2: SWITCH,
      MCOPSTNC: "blocked:PREREQUISITE_MISSING", // R-CC-2
      EXCHANGEENTERPRISE: "available", // R-VM-GEN
    },
  },
  "bp-godaddy": {
    plan: "O365_BUSINESS_PREMIUM",
    addOns: {
      MCOMEETADV: "blocked:RESELLER_GODADDY", // R-GD-1
      MCOEV: "blocked:RESELLER_GODADDY",
      MCOPSTN1: "blocked:RESELLER_GODADDY",
      MCOPSTN2: "blocked:RESELLER_GODADDY",
      MCOPSTNC: "blocked:RESELLER_GODADDY",
      EXCHANGEENTERPRISE: "blocked:RESELLER_GODADDY",
    },
  },
  "e3-monthly": {
    plan: "ENTERPRISEPACK",
    addOns: {
      MCOMEETADV: "blocked:MONTHLY_COMMITMENT", // R-MC-1
      MCOEV: "blocked:MONTHLY_COMMITMENT",
      MCOPSTN1: "blocked:MONTHLY_COMMITMENT",
      MCOPSTN2: "blocked:MONTHLY_COMMITMENT",
      MCOPSTNC: "blocked:MONTHLY_COMMITMENT",
      EXCHANGEENTERPRISE: "included:MONTHLY_COMMITMENT", // included in E3; §9 puts the tenant block first
    },
  },
  proplus: {
    plan: "OFFICESUBSCRIPTION",
    addOns: {
      MCOMEETADV: "available", // R-AC-PPS2
      MCOEV: SWITCH, // R-PS-PP
      MCOPSTN1: SWITCH, // R-CP-PP/S2
      MCOPSTN2: SWITCH,
      MCOPSTNC: "blocked:PREREQUISITE_MISSING",
      EXCHANGEENTERPRISE: "available",
    },
  },
  "sfb-plan2": {
    plan: "MCOSTANDARD",
    addOns: {
      MCOMEETADV: "available", // R-AC-PPS2
      MCOEV: "available", // R-PS-S2 / A-1 default "allow"
      MCOPSTN1: "blocked:PREREQUISITE_MISSING", // R-CP-1
      MCOPSTN2: "blocked:PREREQUISITE_MISSING",
      MCOPSTNC: "blocked:PREREQUISITE_MISSING",
      EXCHANGEENTERPRISE: "available",
    },
  },
  e1: {
    plan: "STANDARDPACK",
    addOns: {
      MCOMEETADV: "available", // R-AC-E
      MCOEV: "available", // R-PS-E
      MCOPSTN1: "blocked:PREREQUISITE_MISSING", // R-CP-1
      MCOPSTN2: "blocked:PREREQUISITE_MISSING",
      MCOPSTNC: "blocked:PREREQUISITE_MISSING", // R-CC-2
      EXCHANGEENTERPRISE: "available", // R-VM-E14
    },
  },
  e3: {
    plan: "ENTERPRISEPACK",
    addOns: {
      MCOMEETADV: "available",
      MCOEV: "available",
      MCOPSTN1: "blocked:PREREQUISITE_MISSING",
      MCOPSTN2: "blocked:PREREQUISITE_MISSING",
      MCOPSTNC: "blocked:PREREQUISITE_MISSING",
      EXCHANGEENTERPRISE: "included:ALREADY_INCLUDED",
    },
  },
  e4: {
    plan: "ENTERPRISEWITHSCAL",
    addOns: {
      MCOMEETADV: "available",
      MCOEV: "available",
      MCOPSTN1: "blocked:PREREQUISITE_MISSING",
      MCOPSTN2: "blocked:PREREQUISITE_MISSING",
      MCOPSTNC: "blocked:PREREQUISITE_MISSING",
      EXCHANGEENTERPRISE: "available", // R-VM-E14 / A-9
    },
  },
  "e5-noac-fr": {
    plan: "ENTERPRISEPREMIUM_NOPSTNCONF",
    addOns: {
      MCOMEETADV: SWITCH, // R-AC-E5N-b
      MCOEV: "included:ALREADY_INCLUDED", // R-PS-E5
      MCOPSTN1: "available", // R-CP-2, France sells Calling Plans
      MCOPSTN2: "available",
      MCOPSTNC: "blocked:PREREQUISITE_MISSING", // R-CC-2 / A-3: no AC, no Calling Plan yet
      EXCHANGEENTERPRISE: "included:ALREADY_INCLUDED",
    },
  },
  "e5-noac-in": {
    plan: "ENTERPRISEPREMIUM_NOPSTNCONF",
    addOns: {
      MCOMEETADV: "blocked:COUNTRY_NOT_AVAILABLE", // R-AC-E5N-a
      MCOEV: "included:ALREADY_INCLUDED",
      MCOPSTN1: "available", // R-GEO-2: the users' usage locations decide, at assignment (policy default)
      MCOPSTN2: "available",
      MCOPSTNC: "blocked:PREREQUISITE_MISSING", // then R-CC-5
      EXCHANGEENTERPRISE: "included:ALREADY_INCLUDED",
    },
  },
  e5: {
    plan: "ENTERPRISEPREMIUM",
    addOns: {
      MCOMEETADV: "included:ALREADY_INCLUDED", // R-AC-E5
      MCOEV: "included:ALREADY_INCLUDED", // R-PS-E5
      MCOPSTN1: "available",
      MCOPSTN2: "available",
      MCOPSTNC: "available", // R-CC-1
      EXCHANGEENTERPRISE: "included:ALREADY_INCLUDED", // R-VM-E5
    },
  },
  partner: {
    plan: "ENTERPRISEPACK",
    addOns: {
      MCOMEETADV: "blocked:PARTNER_E3_SEAT_REQUIRED", // R-PART-1 / A-17
      MCOEV: "blocked:PARTNER_E3_SEAT_REQUIRED",
      MCOPSTN1: "blocked:PREREQUISITE_MISSING",
      MCOPSTN2: "blocked:PREREQUISITE_MISSING",
      MCOPSTNC: "blocked:PREREQUISITE_MISSING",
      EXCHANGEENTERPRISE: "included:ALREADY_INCLUDED",
    },
  },
  "21vianet": {
    plan: "ENTERPRISEPACK",
    addOns: {
      MCOMEETADV: "blocked:CLOUD_21VIANET", // R-21V-1
      MCOEV: "available", // resolution: allowed per the China page
      MCOPSTN1: "blocked:CLOUD_21VIANET",
      MCOPSTN2: "blocked:CLOUD_21VIANET",
      MCOPSTNC: "blocked:CLOUD_21VIANET",
      EXCHANGEENTERPRISE: "included:ALREADY_INCLUDED",
    },
  },
};

function summarize(status: string, code: string | undefined): string {
  return status === "available" ? status : `${status}:${code}`;
}

describe("demo situations: every sku's status and first code", () => {
  it("covers every demo situation and nothing else", () => {
    expect(DEMO_SITUATIONS.map((d) => d.key).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(new Set(DEMO_SITUATIONS.map((d) => d.key)).size).toBe(DEMO_SITUATIONS.length);
  });

  it.each(DEMO_SITUATIONS.map((d) => [d.key, d] as const))("%s", (key, demo) => {
    const expected = EXPECTED[key];
    expect(demo.snapshot.plan).toBe(expected.plan);
    const want: Record<SkuPartNumber, Expect> = { ...planRow(expected.plan), ...expected.addOns };
    const got = Object.fromEntries(decideOffers(demo.snapshot).map((o) => [o.sku, summarize(o.status, o.reasons[0]?.code)]));
    expect(got).toEqual(want);
  });

  it("the partner's and GoDaddy's plan offers also carry the switch refusal", () => {
    const godaddy = DEMO_SITUATIONS.find((d) => d.key === "bp-godaddy")!.snapshot;
    const e5 = decideOffers(godaddy).find((o) => o.sku === "ENTERPRISEPREMIUM")!;
    expect(e5.reasons.map((r) => r.ruleId)).toEqual(["SBX-ONE-PLAN", "R-GD-1"]);
    const e3 = decideOffers(godaddy).find((o) => o.sku === "ENTERPRISEPACK")!;
    expect(e3.reasons.map((r) => r.ruleId)).toEqual(["SBX-ONE-PLAN"]);
  });

  it("demo snapshots are US unless the label names a country", () => {
    const countries = Object.fromEntries(DEMO_SITUATIONS.map((d) => [d.key, d.snapshot.country]));
    expect(countries).toMatchObject({ "e5-noac-fr": "FR", "e5-noac-in": "IN", "21vianet": "CN", e3: "US", partner: "US" });
  });
});
