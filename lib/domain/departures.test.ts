/**
 * Issue 10: the five departures from the documentation, each labelled with its rule id. Each test failed on
 * the code before the fix.
 */
import { describe, expect, it } from "vitest";
import { decideLicenseChange } from "./assignment";
import { decideCall } from "./credits";
import { serviceNumberLicensesOf, calculateServiceNumberCap } from "./numbers";
import { decideOffer, decidePurchase, applyPurchase } from "./offers";
import { POLICY_FLAGS } from "./policy";
import { decideRoomScenarios, ROOM_SCENARIOS } from "./rooms";
import { tenant } from "./test-helpers";
import { DEFAULT_POLICY, type PlanSku, type SkuPartNumber, type TenantSnapshot, type UserSnapshot } from "./types";

function room(licenses: SkuPartNumber[], id = "room-1"): UserSnapshot {
  return { id, usageLocation: "US", pstnConnectivity: "online", kind: "room", licenses };
}

function person(licenses: SkuPartNumber[], usageLocation = "US"): UserSnapshot {
  return { id: "u-1", usageLocation, pstnConnectivity: "online", kind: "person", licenses };
}

describe("Departure 1 (SBX-ROOM-SFB, catalogue §4.3): standalone SfB licenses for rooms", () => {
  const roomTenants: PlanSku[] = ["O365_BUSINESS_PREMIUM", "OFFICESUBSCRIPTION", "MCOSTANDARD"];

  it.each(roomTenants)("SBX-ROOM-SFB: a %s tenant buys SfB Plan 1 and Plan 2 as room licenses, keeping its plan", (plan) => {
    const s = tenant({ plan });
    for (const sku of ["MCOIMP", "MCOSTANDARD"] as const) {
      if (sku === plan) continue;
      const result = decidePurchase(s, { sku, quantity: 2 });
      expect(result.ok, `${plan} ${sku}`).toBe(true);
      if (result.ok) expect(result.value.allowedBy).toEqual(["SBX-ROOM-SFB"]);
      expect(applyPurchase(s, sku, 2).plan).toBe(plan);
    }
  });

  it("SBX-ROOM-SFB: Enterprise and Plan 1 tenants still switch plans for them (the table's other columns)", () => {
    expect(decideOffer(tenant({ plan: "ENTERPRISEPACK" }), "MCOIMP").status).toBe("blocked");
    expect(decideOffer(tenant({ plan: "MCOIMP" }), "MCOSTANDARD").status).toBe("blocked");
  });

  it("SBX-ROOM-SFB: a room assigned the bought Plan 1 joins scheduled meetings; the advisor agrees", () => {
    const s = applyPurchase(tenant({ plan: "O365_BUSINESS_PREMIUM" }), "MCOIMP", 1);
    const change = decideLicenseChange(s, room([]), { add: ["MCOIMP"], remove: [] });
    expect(change.ok).toBe(true);
    const join = decideRoomScenarios(s, ["MCOIMP"]).find((d) => d.scenario === "joinScheduledMeeting")!;
    expect(join.allowed).toBe(true);
  });

  it("SBX-ROOM-SFB: a room holding Business Premium is told to give it up for the standalone plan (Graph mutual exclusion)", () => {
    const s = tenant({ plan: "O365_BUSINESS_PREMIUM" });
    const adHoc = decideRoomScenarios(s, ["O365_BUSINESS_PREMIUM"]).find((d) => d.scenario === "startAdHocMeeting")!;
    expect(adHoc.missing[0]).toEqual(["MCOSTANDARD"]);
    expect(adHoc.conflicting).toEqual(["O365_BUSINESS_PREMIUM"]);
    const bought = applyPurchase(s, "MCOSTANDARD", 1);
    const swap = decideLicenseChange(bought, room(["O365_BUSINESS_PREMIUM"]), { add: ["MCOSTANDARD"], remove: adHoc.conflicting! });
    expect(swap.ok).toBe(true);
  });

  /** Advisor -> purchase -> assignment agree: following the first option of every scenario reaches it. */
  it.each(roomTenants.flatMap((plan) => ROOM_SCENARIOS.map((scenario) => [plan, scenario] as const)))(
    "SBX-ROOM-SFB: on %s the advisor's licenses for %s can be bought and assigned, and then the room can do it",
    (plan, scenario) => {
      let s: TenantSnapshot = tenant({ plan }, { MCOEV: plan === "MCOSTANDARD" ? 5 : 0 });
      const advice = decideRoomScenarios(s, []).find((d) => d.scenario === scenario)!;
      if (plan !== "MCOSTANDARD" && scenario === "phoneNumber") {
        // R-PS-BP / R-PS-PP: Phone System needs a plan switch first; the advisor's option still names it.
        expect(decideOffer(s, "MCOEV").status).toBe("blocked");
        return;
      }
      const option = advice.missing[0];
      expect(option.length).toBeGreaterThan(0);
      for (const sku of option) {
        if ((s.assignedCounts[sku] ?? 0) < s.subscriptions.filter((x) => x.sku === sku).reduce((n, x) => n + x.quantity, 0)) continue;
        const bought = decidePurchase(s, { sku, quantity: 1 });
        expect(bought.ok, `${plan}: buy ${sku}`).toBe(true);
        s = applyPurchase(s, sku, 1);
      }
      const change = decideLicenseChange(s, room([]), { add: option, remove: [] });
      expect(change.ok, JSON.stringify(change.ok ? null : change.error)).toBe(true);
      expect(decideRoomScenarios(s, option).find((d) => d.scenario === scenario)!.allowed).toBe(true);
    },
  );

  it("SBX-ROOM-SFB: a Plan 1 tenant's advisor offers nothing it can't buy", () => {
    const adHoc = decideRoomScenarios(tenant({ plan: "MCOIMP" }), []).find((d) => d.scenario === "startAdHocMeeting")!;
    expect(adHoc.missing).toEqual([]);
    expect(adHoc.explanation).toContain("switch");
  });
});

describe("Departure 3 (SBX-ASG-AC-SFB, graph notes §4.3 D1): Audio Conferencing depends on Skype for Business", () => {
  const s = tenant({ plan: "OFFICESUBSCRIPTION" }, { MCOMEETADV: 5, MCOSTANDARD: 5 });

  it("SBX-ASG-AC-SFB: assigning Audio Conferencing to a ProPlus user without SfB is DEPENDENCY_VIOLATION", () => {
    const r = decideLicenseChange(s, person(["OFFICESUBSCRIPTION"]), { add: ["MCOMEETADV"], remove: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("DEPENDENCY_VIOLATION");
      expect(r.error.ruleId).toBe("SBX-ASG-AC-SFB");
      expect(r.error.remedies).toEqual([{ action: "assign", sku: "MCOSTANDARD" }]);
    }
  });

  it("SBX-ASG-AC-SFB: with SfB Plan 2 in the same change it passes", () => {
    const r = decideLicenseChange(s, person(["OFFICESUBSCRIPTION"]), { add: ["MCOMEETADV", "MCOSTANDARD"], remove: [] });
    expect(r.ok && r.value.allowedBy).toContain("SBX-ASG-AC-SFB");
  });

  it("SBX-ASG-AC-SFB: removing E3 from a user who keeps Audio Conferencing is DEPENDENCY_VIOLATION", () => {
    const e3 = tenant({ plan: "ENTERPRISEPACK" }, { MCOMEETADV: 5 });
    const r = decideLicenseChange(e3, person(["ENTERPRISEPACK", "MCOMEETADV"]), { add: [], remove: ["ENTERPRISEPACK"] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("DEPENDENCY_VIOLATION");
      expect(r.error.ruleId).toBe("SBX-ASG-AC-SFB");
      expect(r.error.details?.direction).toBe("remove");
    }
    expect(
      decideLicenseChange(e3, person(["ENTERPRISEPACK", "MCOMEETADV"]), { add: [], remove: ["ENTERPRISEPACK", "MCOMEETADV"] }).ok,
    ).toBe(true);
  });

  it("SBX-ASG-AC-SFB: E5 carries both, nothing else needed", () => {
    const e5 = tenant({ plan: "ENTERPRISEPREMIUM" });
    expect(decideLicenseChange(e5, person([]), { add: ["ENTERPRISEPREMIUM"], remove: [] }).ok).toBe(true);
  });
});

describe("Departure 4 (R-GEO-2, CP:45, §9 step 5): Calling Plan purchases follow users' usage locations", () => {
  it("R-GEO-2: a Japanese tenant with Phone System buys Calling Plans and assigns them to a US user", () => {
    const jp = tenant({ plan: "ENTERPRISEPACK", country: "JP" }, { MCOEV: 2 });
    expect(decidePurchase(jp, { sku: "MCOPSTN1", quantity: 1 }).ok).toBe(true);
    const s = applyPurchase(jp, "MCOPSTN1", 1);
    expect(decideLicenseChange(s, person(["ENTERPRISEPACK"]), { add: ["MCOEV", "MCOPSTN1"], remove: [] }).ok).toBe(true);
    // ...and a Japanese user still can't get one (the assignment gate).
    const jpUser = decideLicenseChange(s, person(["ENTERPRISEPACK"], "JP"), { add: ["MCOEV", "MCOPSTN1"], remove: [] });
    expect(!jpUser.ok && jpUser.error.ruleId).toBe("R-GEO-2");
  });

  it("R-GEO-2: the tenant-country reading is a policy flag whose refusal names it", () => {
    expect(DEFAULT_POLICY.callingPlanPurchaseCountry).toBe("usageLocation");
    const jp = tenant({ plan: "ENTERPRISEPACK", country: "JP", policy: { callingPlanPurchaseCountry: "tenantCountry" } }, { MCOEV: 2 });
    const r = decidePurchase(jp, { sku: "MCOPSTN1", quantity: 1 });
    expect(!r.ok && r.error.details?.policyFlag).toBe("callingPlanPurchaseCountry");
    expect(!r.ok && r.error.remedies).toContainEqual({ action: "changePolicy", flag: "callingPlanPurchaseCountry" });
  });
});

describe("Departure 5 (R-NUM-SVC, A-20): E5 without Audio Conferencing counts via Phone System", () => {
  it("R-NUM-SVC: 25 seats of E5 without AC give 5 toll and 5 toll-free service numbers", () => {
    const s = tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF" });
    expect(serviceNumberLicensesOf(s)).toBe(25);
    expect(calculateServiceNumberCap(serviceNumberLicensesOf(s))).toBe(5);
  });

  it("R-NUM-SVC: E5 seats and add-on seats add up; E3 seats alone give none", () => {
    expect(serviceNumberLicensesOf(tenant({ plan: "ENTERPRISEPREMIUM" }, { MCOEV: 1 }))).toBe(26);
    expect(serviceNumberLicensesOf(tenant({ plan: "ENTERPRISEPACK" }))).toBe(0);
  });
});

describe("Ambiguities as policy flags (catalogue §7, §5.3, §6.2)", () => {
  it("every TenantPolicy field is described, with its default", () => {
    expect(POLICY_FLAGS.map((f) => f.flag).sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
  });

  it("R-CC-5 (§5.3): Bahrain, Brazil, Brunei credits follow creditsInBahrainBrazilBrunei, named in the refusal", () => {
    const br = (on: boolean) => tenant({ plan: "ENTERPRISEPREMIUM", country: "BR", policy: { creditsInBahrainBrazilBrunei: on } });
    expect(decidePurchase(br(true), { sku: "MCOPSTNC" }).ok).toBe(true);
    const refused = decidePurchase(br(false), { sku: "MCOPSTNC" });
    expect(!refused.ok && refused.error.ruleId).toBe("R-CC-5");
    expect(!refused.ok && refused.error.details?.policyFlag).toBe("creditsInBahrainBrazilBrunei");
    expect(!refused.ok && refused.error.message).toContain("creditsInBahrainBrazilBrunei");
  });

  it("R-21V-1 (§6.2): Phone System on 21Vianet follows phoneSystemOn21Vianet", () => {
    const cn = (on: boolean) => tenant({ plan: "ENTERPRISEPACK", cloud: "21vianet", country: "CN", policy: { phoneSystemOn21Vianet: on } });
    expect(decideOffer(cn(true), "MCOEV").status).toBe("available");
    const off = decideOffer(cn(false), "MCOEV");
    expect(off.reasons[0].code).toBe("CLOUD_21VIANET");
    expect(off.reasons[0].details?.policyFlag).toBe("phoneSystemOn21Vianet");
  });

  it("A-14: diPoolExhaustion comes from the tenant policy, and a refusal it causes names it", () => {
    const gb = {
      id: "u-gb",
      usageLocation: "GB",
      pstnConnectivity: "online" as const,
      kind: "person" as const,
      licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN2"] as SkuPartNumber[],
    };
    const base = (mode: "either" | "perCategory") => ({
      call: { type: "domesticCall" as const, minutes: 10 },
      user: gb,
      tenant: tenant({ plan: "ENTERPRISEPACK", country: "GB", policy: { diPoolExhaustion: mode } }, { MCOEV: 1, MCOPSTN2: 1 }),
      users: [gb],
      poolUsage: { "GB:MCOPSTN2": { domesticMinutes: 0, internationalMinutes: 600 } },
      balanceCents: 0,
    });
    const literal = decideCall(base("either"));
    expect(!literal.ok && literal.error.details?.policyFlag).toBe("diPoolExhaustion");
    expect(decideCall(base("perCategory")).ok).toBe(true);
  });
});
