import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decideBulkLicenseChange, decideLicenseChange, type LicenseChange } from "./assignment";
import { decideUserAttributeChange } from "./user-attributes";
import { calculateAvailableSeats, calculateSeatUsage } from "./seat-usage";
import { licensesProvide } from "./catalog";
import { makeSnapshot } from "./fixtures";
import { RULES } from "./rule-index";
import {
  ALL_SKUS,
  PLAN_SKUS,
  type DenialCode,
  type PlanSku,
  type SkuPartNumber,
  type SubscriptionSnapshot,
  type TenantSnapshot,
  type UserSnapshot,
} from "./types";

function sub(sku: SkuPartNumber, quantity: number, status: "active" | "suspended" = "active"): SubscriptionSnapshot {
  return { id: `sub-${sku}-${quantity}-${status}`, sku, quantity, commercial: true, status };
}

/** E3 tenant in the US: 25 E3 seats (10 used) and 5 seats of each voice add-on, none assigned. */
function e3Tenant(overrides: Partial<TenantSnapshot> = {}): TenantSnapshot {
  return makeSnapshot({
    plan: "ENTERPRISEPACK",
    subscriptions: [
      sub("ENTERPRISEPACK", 25),
      sub("MCOEV", 5),
      sub("MCOPSTN1", 5),
      sub("MCOPSTN2", 5),
      sub("MCOMEETADV", 5),
      sub("STANDARDPACK", 3),
    ],
    assignedCounts: { ENTERPRISEPACK: 10 },
    ...overrides,
  });
}

function e5Tenant(overrides: Partial<TenantSnapshot> = {}): TenantSnapshot {
  return makeSnapshot({
    plan: "ENTERPRISEPREMIUM",
    subscriptions: [sub("ENTERPRISEPREMIUM", 25), sub("MCOPSTN1", 5)],
    assignedCounts: { ENTERPRISEPREMIUM: 10 },
    ...overrides,
  });
}

function user(overrides: Partial<UserSnapshot> = {}): UserSnapshot {
  return { id: "u1", usageLocation: "US", pstnConnectivity: "online", kind: "person", licenses: [], ...overrides };
}

const add = (...skus: SkuPartNumber[]): LicenseChange => ({ add: skus, remove: [] });
const remove = (...skus: SkuPartNumber[]): LicenseChange => ({ add: [], remove: skus });

interface RefusalCase {
  label: string;
  ruleId: string;
  code: DenialCode;
  snapshot: TenantSnapshot;
  user: UserSnapshot;
  change: LicenseChange;
  direction?: string;
}

const refusals: RefusalCase[] = [
  {
    label: "R-ASG-SEAT: every Phone System seat is taken",
    ruleId: "R-ASG-SEAT",
    code: "INSUFFICIENT_LICENSES",
    snapshot: e3Tenant({ assignedCounts: { ENTERPRISEPACK: 10, MCOEV: 5 } }),
    user: user({ licenses: ["ENTERPRISEPACK"] }),
    change: add("MCOEV"),
  },
  {
    label: "R-ASG-SEAT: a sku the tenant doesn't own at all has 0 seats",
    ruleId: "R-ASG-SEAT",
    code: "INSUFFICIENT_LICENSES",
    snapshot: makeSnapshot({ plan: "ENTERPRISEPACK" }),
    user: user({ licenses: ["ENTERPRISEPACK"] }),
    change: add("MCOMEETADV"),
  },
  {
    label: "R-ASG-SEAT: suspended subscriptions give no seats",
    ruleId: "R-ASG-SEAT",
    code: "INSUFFICIENT_LICENSES",
    snapshot: e3Tenant({ subscriptions: [sub("ENTERPRISEPACK", 25), sub("MCOMEETADV", 5, "suspended")] }),
    user: user({ licenses: ["ENTERPRISEPACK"] }),
    change: add("MCOMEETADV"),
  },
  {
    label: "R-ASG-LOC: no usage location",
    ruleId: "R-ASG-LOC",
    code: "USAGE_LOCATION_REQUIRED",
    snapshot: e3Tenant(),
    user: user({ usageLocation: null }),
    change: add("ENTERPRISEPACK"),
  },
  {
    label: "R-ASG-CP-PS on add: a Calling Plan without Phone System",
    ruleId: "R-ASG-CP-PS",
    code: "DEPENDENCY_VIOLATION",
    snapshot: e3Tenant(),
    user: user({ licenses: ["ENTERPRISEPACK"] }),
    change: add("MCOPSTN1"),
    direction: "add",
  },
  {
    label: "R-ASG-CP-PS on remove: Phone System removed while the Calling Plan stays",
    ruleId: "R-ASG-CP-PS",
    code: "DEPENDENCY_VIOLATION",
    snapshot: e3Tenant(),
    user: user({ licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"] }),
    change: remove("MCOEV"),
    direction: "remove",
  },
  {
    label: "R-ASG-CP-PS on remove: E5 (which gives Phone System) removed while the Calling Plan stays",
    ruleId: "R-ASG-CP-PS",
    code: "DEPENDENCY_VIOLATION",
    snapshot: e5Tenant(),
    user: user({ licenses: ["ENTERPRISEPREMIUM", "MCOPSTN1"] }),
    change: remove("ENTERPRISEPREMIUM"),
    direction: "remove",
  },
  {
    label: "SBX-MX-CALLING-PLAN: MCOPSTN1 with MCOPSTN2",
    ruleId: "SBX-MX-CALLING-PLAN",
    code: "MUTUALLY_EXCLUSIVE",
    snapshot: e3Tenant(),
    user: user({ licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"] }),
    change: add("MCOPSTN2"),
  },
  {
    label: "SBX-MX-SUITE: E1 next to E3 on one user",
    ruleId: "SBX-MX-SUITE",
    code: "MUTUALLY_EXCLUSIVE",
    snapshot: e3Tenant(),
    user: user({ licenses: ["ENTERPRISEPACK"] }),
    change: add("STANDARDPACK"),
  },
  {
    label: "R-ASG-HYB: a Calling Plan for an on-premises PSTN user",
    ruleId: "R-ASG-HYB",
    code: "HYBRID_USER_CALLING_PLAN",
    snapshot: e3Tenant(),
    user: user({ pstnConnectivity: "onPremises", licenses: ["ENTERPRISEPACK", "MCOEV"] }),
    change: add("MCOPSTN1"),
  },
  {
    label: "R-GEO-2: usage location where Calling Plans aren't sold (Australia)",
    ruleId: "R-GEO-2",
    code: "COUNTRY_NOT_AVAILABLE",
    snapshot: e3Tenant(),
    user: user({ usageLocation: "AU", licenses: ["ENTERPRISEPACK", "MCOEV"] }),
    change: add("MCOPSTN2"),
  },
  {
    label: "R-GEO-3: Canada without the preview flag",
    ruleId: "R-GEO-3",
    code: "COUNTRY_NOT_AVAILABLE",
    snapshot: e3Tenant(),
    user: user({ usageLocation: "CA", licenses: ["ENTERPRISEPACK", "MCOEV"] }),
    change: add("MCOPSTN1"),
  },
  {
    label: "R-CC-3: Communications Credits license before credits are set up",
    ruleId: "R-CC-3",
    code: "CREDITS_NOT_SET_UP",
    snapshot: e3Tenant({ creditsEnabled: false }),
    user: user({ licenses: ["ENTERPRISEPACK", "MCOMEETADV"] }),
    change: add("MCOPSTNC"),
  },
];

describe("decideLicenseChange refusals", () => {
  it.each(refusals)("$label -> $code", ({ snapshot, user: u, change, code, ruleId, direction }) => {
    const result = decideLicenseChange(snapshot, u, change);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.ruleId).toBe(ruleId);
    expect(result.error.message.length).toBeGreaterThan(20);
    expect(result.error.doc).not.toBe("");
    if (direction) expect(result.error.details?.direction).toBe(direction);
  });

  it("R-ASG-SEAT: the remedy buys the sku; for a sku the plan includes it assigns the plan; another plan means switching", () => {
    const r1 = decideLicenseChange(makeSnapshot({ plan: "ENTERPRISEPACK" }), user({ licenses: ["ENTERPRISEPACK"] }), add("MCOMEETADV"));
    expect(!r1.ok && r1.error.remedies).toEqual([{ action: "purchase", sku: "MCOMEETADV" }]);
    expect(!r1.ok && r1.error.message).toContain("no Audio Conferencing seats");
    // E3 contains Exchange Online Plan 2: the remedy is the plan itself.
    const r0 = decideLicenseChange(makeSnapshot({ plan: "ENTERPRISEPACK" }), user(), add("EXCHANGEENTERPRISE"));
    expect(!r0.ok && r0.error.remedies).toEqual([{ action: "assign", sku: "ENTERPRISEPACK" }]);
    const r2 = decideLicenseChange(e5Tenant(), user(), add("MCOEV"));
    expect(!r2.ok && r2.error.remedies).toEqual([{ action: "assign", sku: "ENTERPRISEPREMIUM" }]);
    const r3 = decideLicenseChange(e3Tenant(), user(), add("ENTERPRISEPREMIUM"));
    expect(!r3.ok && r3.error.remedies).toEqual([{ action: "switchPlan", to: ["ENTERPRISEPREMIUM"] }]);
  });

  it("R-ASG-CP-PS: the remedy is MCOEV on E3 and the plan on E5 without AC", () => {
    const r1 = decideLicenseChange(e3Tenant(), user({ licenses: ["ENTERPRISEPACK"] }), add("MCOPSTN1"));
    expect(!r1.ok && r1.error.remedies).toEqual([{ action: "assign", sku: "MCOEV" }]);
    const noAc = makeSnapshot({
      plan: "ENTERPRISEPREMIUM_NOPSTNCONF",
      subscriptions: [sub("ENTERPRISEPREMIUM_NOPSTNCONF", 5), sub("MCOPSTN1", 5)],
    });
    const r2 = decideLicenseChange(noAc, user(), add("MCOPSTN1"));
    expect(!r2.ok && r2.error.remedies).toEqual([{ action: "assign", sku: "ENTERPRISEPREMIUM_NOPSTNCONF" }]);
  });

  it("R-GEO-2 refusal names the user's usage location, not the tenant's country", () => {
    const r = decideLicenseChange(e3Tenant(), user({ usageLocation: "AU", licenses: ["ENTERPRISEPACK", "MCOEV"] }), add("MCOPSTN1"));
    expect(!r.ok && r.error.details).toMatchObject({ usageLocation: "AU", scope: "usageLocation" });
    expect(!r.ok && r.error.message).toContain("Australia");
  });

  it("R-ASG-LOC: usage location missing is reported before anything else (also before R-ASG-HYB)", () => {
    const r = decideLicenseChange(e3Tenant(), user({ usageLocation: null, pstnConnectivity: "onPremises" }), add("MCOPSTN1"));
    expect(!r.ok && r.error.code).toBe("USAGE_LOCATION_REQUIRED");
    expect(!r.ok && r.error.remedies).toEqual([{ action: "setUsageLocation" }]);
  });

  it("R-ASG-HYB comes before R-ASG-SEAT: never send a hybrid user's admin to buy a Calling Plan", () => {
    const full = e3Tenant({ assignedCounts: { ENTERPRISEPACK: 10, MCOPSTN1: 5 } });
    const r = decideLicenseChange(full, user({ pstnConnectivity: "onPremises", licenses: ["ENTERPRISEPACK", "MCOEV"] }), add("MCOPSTN1"));
    expect(!r.ok && r.error.code).toBe("HYBRID_USER_CALLING_PLAN");
  });

  it("R-ASG-CP-PS comes before R-ASG-SEAT (dependency first, then seats)", () => {
    const full = e3Tenant({ assignedCounts: { ENTERPRISEPACK: 10, MCOPSTN1: 5 } });
    const r = decideLicenseChange(full, user({ licenses: ["ENTERPRISEPACK"] }), add("MCOPSTN1"));
    expect(!r.ok && r.error.code).toBe("DEPENDENCY_VIOLATION");
  });

  it("all or nothing: one failing sku refuses the whole change", () => {
    const full = e3Tenant({ assignedCounts: { ENTERPRISEPACK: 10, MCOMEETADV: 5 } });
    const r = decideLicenseChange(full, user({ licenses: ["ENTERPRISEPACK"] }), add("MCOEV", "MCOMEETADV"));
    expect(!r.ok && r.error.details?.sku).toBe("MCOMEETADV");
  });
});

describe("decideLicenseChange successes", () => {
  it("R-ASG-CP-PS: E3 + Phone System + Domestic Calling Plan in ONE change", () => {
    const r = decideLicenseChange(e3Tenant(), user(), add("ENTERPRISEPACK", "MCOEV", "MCOPSTN1"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.licenses).toEqual(["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]);
    expect(r.value.added).toEqual(["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]);
    // R-ASG-LAT: a new Calling Plan can take a day to work.
    expect(r.value.recommendations.map((x) => x.ruleId)).toContain("R-ASG-LAT");
  });

  it("R-ASG-CP-PS: on E5 the plan gives Phone System, so a Calling Plan alone is fine; R-REC-CCE5 is recommended", () => {
    const r = decideLicenseChange(e5Tenant(), user({ licenses: ["ENTERPRISEPREMIUM"] }), add("MCOPSTN1"));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.recommendations.map((x) => x.ruleId)).toEqual(["R-REC-CCE5", "R-ASG-LAT"]);
  });

  it("R-GEO-3: Canada is allowed for preview tenants", () => {
    const preview = e3Tenant({ policy: { ...e3Tenant().policy, canadaCallingPlansPreview: true } });
    const r = decideLicenseChange(preview, user({ usageLocation: "CA", licenses: ["ENTERPRISEPACK", "MCOEV"] }), add("MCOPSTN1"));
    expect(r.ok).toBe(true);
  });

  it("R-GEO-2: Puerto Rico sells Calling Plans", () => {
    const r = decideLicenseChange(e3Tenant(), user({ usageLocation: "PR", licenses: ["ENTERPRISEPACK", "MCOEV"] }), add("MCOPSTN2"));
    expect(r.ok).toBe(true);
  });

  it("idempotent: adding a license already held is a no-op, not an error (even with no seats left)", () => {
    const full = e3Tenant({ assignedCounts: { ENTERPRISEPACK: 25 } });
    const r = decideLicenseChange(full, user({ licenses: ["ENTERPRISEPACK"] }), add("ENTERPRISEPACK"));
    expect(r).toEqual({
      ok: true,
      value: {
        licenses: ["ENTERPRISEPACK"],
        added: [],
        removed: [],
        ignored: { alreadyHeld: ["ENTERPRISEPACK"], notHeld: [] },
        recommendations: [],
        allowedBy: [],
      },
    });
  });

  it("removing a license the user doesn't hold is a no-op", () => {
    const r = decideLicenseChange(e3Tenant(), user({ licenses: ["ENTERPRISEPACK"] }), remove("MCOEV"));
    expect(r.ok && r.value.ignored.notHeld).toEqual(["MCOEV"]);
    expect(r.ok && r.value.removed).toEqual([]);
  });

  it("R-ASG-LOC: removals alone need no usage location", () => {
    const r = decideLicenseChange(
      e3Tenant(),
      user({ usageLocation: null, licenses: ["ENTERPRISEPACK", "MCOMEETADV"] }),
      remove("MCOMEETADV"),
    );
    expect(r.ok && r.value.licenses).toEqual(["ENTERPRISEPACK"]);
  });

  it("SBX-MX-CALLING-PLAN: swapping MCOPSTN1 for MCOPSTN2 in one change is evaluated on the final set", () => {
    const r = decideLicenseChange(e3Tenant(), user({ licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"] }), {
      add: ["MCOPSTN2"],
      remove: ["MCOPSTN1"],
    });
    expect(r.ok && r.value.licenses).toEqual(["ENTERPRISEPACK", "MCOEV", "MCOPSTN2"]);
  });

  it("R-ASG-CP-PS: removing Phone System together with the Calling Plan is fine", () => {
    const r = decideLicenseChange(e3Tenant(), user({ licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"] }), remove("MCOEV", "MCOPSTN1"));
    expect(r.ok && r.value.licenses).toEqual(["ENTERPRISEPACK"]);
  });

  it("R-CC-3: once credits are set up the Communications Credits license is unlimited; R-ASG-CC otherwise recommended", () => {
    const credits = e3Tenant({ creditsEnabled: true, assignedCounts: { ENTERPRISEPACK: 10, MCOPSTNC: 10_000 } });
    const r = decideLicenseChange(credits, user({ licenses: ["ENTERPRISEPACK", "MCOMEETADV"] }), add("MCOPSTNC"));
    expect(r.ok && r.value.added).toEqual(["MCOPSTNC"]);
    const r2 = decideLicenseChange(credits, user({ licenses: ["ENTERPRISEPACK"] }), add("MCOMEETADV"));
    expect(r2.ok && r2.value.recommendations.map((x) => x.ruleId)).toEqual(["R-ASG-CC"]);
  });

  it("R-PS-HYB: a hybrid user gets Phone System, with the 'Phone System only' recommendation", () => {
    const r = decideLicenseChange(e3Tenant(), user({ pstnConnectivity: "onPremises", licenses: ["ENTERPRISEPACK"] }), add("MCOEV"));
    expect(r.ok && r.value.recommendations.map((x) => x.ruleId)).toEqual(["R-PS-HYB"]);
  });

  it("a sku in both add and remove ends up held (final set = (current - remove) + add)", () => {
    const r = decideLicenseChange(e3Tenant(), user({ licenses: ["ENTERPRISEPACK", "MCOEV"] }), { add: ["MCOEV"], remove: ["MCOEV"] });
    expect(r.ok && r.value.licenses).toEqual(["ENTERPRISEPACK", "MCOEV"]);
  });
});

describe("calculateSeatUsage (R-ASG-SEAT)", () => {
  it("sums active subscriptions per sku, ignores suspended ones, and marks credits unlimited (R-CC-3)", () => {
    const s = makeSnapshot({
      plan: "ENTERPRISEPACK",
      subscriptions: [
        sub("ENTERPRISEPACK", 20),
        sub("ENTERPRISEPACK", 5),
        sub("MCOEV", 3),
        sub("MCOEV", 4, "suspended"),
        sub("MCOPSTNC", 1),
      ],
      assignedCounts: { ENTERPRISEPACK: 24, MCOEV: 3, MCOPSTNC: 7 },
      creditsEnabled: true,
    });
    expect(calculateSeatUsage(s)).toEqual([
      { sku: "ENTERPRISEPACK", purchased: 25, assigned: 24, available: 1, unlimited: false },
      { sku: "MCOEV", purchased: 3, assigned: 3, available: 0, unlimited: false },
      { sku: "MCOPSTNC", purchased: null, assigned: 7, available: null, unlimited: true },
    ]);
    expect(calculateAvailableSeats(s, "MCOPSTNC")).toBe(Number.POSITIVE_INFINITY);
    expect(calculateAvailableSeats(s, "MCOMEETADV")).toBe(0);
  });
});

describe("decideBulkLicenseChange (R-ASG-SEAT across the batch)", () => {
  const users = ["a", "b", "c"].map((id) => user({ id, licenses: ["ENTERPRISEPACK"] }));

  it("counts seats across the batch: 2 free seats, 3 users -> the third is refused and the batch is not ok", () => {
    const s = e3Tenant({ assignedCounts: { ENTERPRISEPACK: 10, MCOEV: 3 } });
    const report = decideBulkLicenseChange(s, users, add("MCOEV"));
    expect(report.ok).toBe(false);
    expect(report.results.map((r) => r.result.ok)).toEqual([true, true, false]);
    expect(report.failures.map((f) => [f.userId, f.reason.code])).toEqual([["c", "INSUFFICIENT_LICENSES"]]);
    expect(report.assignedCountsAfter.MCOEV).toBe(5);
  });

  it("ok when every user passes; already-held users don't take a seat", () => {
    const s = e3Tenant({ assignedCounts: { ENTERPRISEPACK: 10, MCOEV: 3 } });
    const mixed = [user({ id: "x", licenses: ["ENTERPRISEPACK", "MCOEV"] }), ...users.slice(0, 2)];
    const report = decideBulkLicenseChange(s, mixed, add("MCOEV"));
    expect(report.ok).toBe(true);
    expect(report.failures).toEqual([]);
    expect(report.assignedCountsAfter.MCOEV).toBe(5);
  });
});

// ---------------------------------------------------------------- properties

const skuArb = fc.constantFrom(...ALL_SKUS);
const licensesArb = fc.uniqueArray(skuArb, { maxLength: 6 });
const planArb = fc.constantFrom<PlanSku | null>(null, ...PLAN_SKUS);
const userArb = fc.record({
  id: fc.constant("p"),
  usageLocation: fc.constantFrom<string | null>(null, "US", "PR", "CA", "GB", "AU", "IN"),
  pstnConnectivity: fc.constantFrom("online" as const, "onPremises" as const),
  kind: fc.constantFrom("person" as const, "room" as const),
  licenses: licensesArb,
});
const snapshotArb = fc
  .record({
    plan: planArb,
    seats: fc.array(fc.tuple(skuArb, fc.integer({ min: 0, max: 4 }), fc.boolean()), { maxLength: 8 }),
    assigned: fc.array(fc.tuple(skuArb, fc.integer({ min: 0, max: 5 })), { maxLength: 8 }),
    creditsEnabled: fc.boolean(),
    canada: fc.boolean(),
  })
  .map(({ plan, seats, assigned, creditsEnabled, canada }) => {
    const base = makeSnapshot({ plan });
    return {
      ...base,
      subscriptions: seats.map(([sku, quantity, active], i) => ({
        id: `s${i}`,
        sku,
        quantity,
        commercial: true,
        status: active ? ("active" as const) : ("suspended" as const),
      })),
      assignedCounts: Object.fromEntries(assigned),
      creditsEnabled,
      policy: { ...base.policy, canadaCallingPlansPreview: canada },
    } satisfies TenantSnapshot;
  });
const changeArb = fc.record({ add: licensesArb, remove: licensesArb });

describe("assignment properties", () => {
  it("R-ASG-SEAT: a batch never assigns more seats than are free", () => {
    fc.assert(
      fc.property(snapshotArb, fc.array(userArb, { maxLength: 8 }), skuArb, (s, us, sku) => {
        const distinct = us.map((u, i) => ({ ...u, id: `u${i}` }));
        const report = decideBulkLicenseChange(s, distinct, { add: [sku], remove: [] });
        const newlyAssigned = report.results.filter((r) => r.result.ok && r.result.value.added.includes(sku)).length;
        const free = calculateAvailableSeats(s, sku);
        expect(newlyAssigned).toBeLessThanOrEqual(Math.max(0, free));
      }),
    );
  });

  it("R-ASG-CP-PS: a Calling Plan is never in an accepted final set without Phone System", () => {
    fc.assert(
      fc.property(snapshotArb, userArb, changeArb, (s, u, change) => {
        const r = decideLicenseChange(s, u, change);
        if (r.ok && r.value.added.length + r.value.removed.length > 0) {
          const hasCallingPlan = r.value.licenses.some((l) => l === "MCOPSTN1" || l === "MCOPSTN2");
          if (hasCallingPlan) expect(licensesProvide(r.value.licenses, "phoneSystem")).toBe(true);
        }
      }),
    );
  });

  it("a refused decision names a code and a known rule id", () => {
    fc.assert(
      fc.property(snapshotArb, userArb, changeArb, (s, u, change) => {
        const r = decideLicenseChange(s, u, change);
        if (!r.ok) {
          expect(r.error.code).toMatch(/^[A-Z_]+$/);
          expect(RULES[r.error.ruleId]).toBeDefined();
          expect(r.error.message).not.toBe("");
        }
      }),
    );
  });

  it("accepted changes: final = (current - removed) + added, with no duplicates", () => {
    fc.assert(
      fc.property(snapshotArb, userArb, changeArb, (s, u, change) => {
        const r = decideLicenseChange(s, u, change);
        if (!r.ok) return;
        const expected = new Set([...u.licenses.filter((l) => !r.value.removed.includes(l)), ...r.value.added]);
        expect(new Set(r.value.licenses)).toEqual(expected);
        expect(r.value.licenses.length).toBe(expected.size);
      }),
    );
  });
});

describe("decideUserAttributeChange: held licenses under new user attributes", () => {
  const voice: SkuPartNumber[] = ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"];
  interface EditCase {
    label: string;
    snapshot?: TenantSnapshot;
    before: UserSnapshot;
    after: Partial<UserSnapshot>;
    refused?: { code: DenialCode; ruleId: string };
    rechecked?: SkuPartNumber[];
  }
  const cases: EditCase[] = [
    {
      label: "R-ASG-LOC: a licensed user can't lose the usage location",
      before: user({ licenses: ["ENTERPRISEPACK"] }),
      after: { usageLocation: null },
      refused: { code: "USAGE_LOCATION_REQUIRED", ruleId: "R-ASG-LOC" },
    },
    { label: "R-ASG-LOC: an unlicensed user may clear it", before: user(), after: { usageLocation: null }, rechecked: [] },
    {
      label: "R-ASG-HYB: a Calling Plan user can't move to on-premises PSTN",
      before: user({ licenses: voice }),
      after: { pstnConnectivity: "onPremises" },
      refused: { code: "HYBRID_USER_CALLING_PLAN", ruleId: "R-ASG-HYB" },
    },
    {
      label: "R-ASG-HYB: a Phone System only user can",
      before: user({ licenses: ["ENTERPRISEPACK", "MCOEV"] }),
      after: { pstnConnectivity: "onPremises" },
      rechecked: ["ENTERPRISEPACK", "MCOEV"],
    },
    {
      label: "R-GEO-2: a Calling Plan user can't move where Calling Plans aren't sold",
      before: user({ licenses: voice }),
      after: { usageLocation: "AR" },
      refused: { code: "COUNTRY_NOT_AVAILABLE", ruleId: "R-GEO-2" },
    },
    {
      label: "R-GEO-2: moving to another Calling Plan country is fine",
      before: user({ licenses: voice }),
      after: { usageLocation: "GB" },
      rechecked: voice,
    },
    {
      label: "R-GEO-2: a user without a Calling Plan may move anywhere",
      before: user({ licenses: ["ENTERPRISEPACK", "MCOEV"] }),
      after: { usageLocation: "AR" },
      rechecked: ["ENTERPRISEPACK", "MCOEV"],
    },
    {
      label: "R-GEO-3: Canada is refused outside the preview",
      before: user({ licenses: voice }),
      after: { usageLocation: "CA" },
      refused: { code: "COUNTRY_NOT_AVAILABLE", ruleId: "R-GEO-3" },
    },
    {
      label: "R-GEO-3: Canada is fine for a preview tenant",
      snapshot: e3Tenant({ policy: { ...e3Tenant().policy, canadaCallingPlansPreview: true } }),
      before: user({ licenses: voice }),
      after: { usageLocation: "CA" },
      rechecked: voice,
    },
    {
      label: "R-ASG-SEAT: seats are not counted again (every seat taken)",
      snapshot: e3Tenant({ assignedCounts: { ENTERPRISEPACK: 25, MCOEV: 5, MCOPSTN1: 5 } }),
      before: user({ licenses: voice }),
      after: { usageLocation: "GB" },
      rechecked: voice,
    },
    {
      label: "R-ASG-LOC: a kind change alone checks nothing",
      before: user({ licenses: voice, usageLocation: "AR" }),
      after: { kind: "room" },
      rechecked: [],
    },
    {
      label: "R-ASG-LOC: an unchanged value checks nothing",
      before: user({ licenses: voice, usageLocation: "AR" }),
      after: { usageLocation: "AR" },
      rechecked: [],
    },
  ];

  it.each(cases)("$label", ({ snapshot, before, after, refused, rechecked }) => {
    const result = decideUserAttributeChange(snapshot ?? e3Tenant(), before, { ...before, ...after });
    if (refused) {
      expect(result).toMatchObject({ ok: false, error: refused });
      return;
    }
    expect(result).toMatchObject({ ok: true, value: { recheckedLicenses: rechecked } });
  });

  it("checks in decideLicenseChange's order: the usage location before the hybrid rule (R-ASG-LOC, R-ASG-HYB)", () => {
    const before = user({ licenses: voice });
    const result = decideUserAttributeChange(e3Tenant(), before, { ...before, usageLocation: null, pstnConnectivity: "onPremises" });
    expect(result).toMatchObject({ ok: false, error: { code: "USAGE_LOCATION_REQUIRED", remedies: [{ action: "setUsageLocation" }] } });
  });

  it("reports which attributes changed", () => {
    const before = user({ licenses: ["ENTERPRISEPACK"] });
    const result = decideUserAttributeChange(e3Tenant(), before, { ...before, kind: "room", usageLocation: "FR" });
    expect(result).toEqual({ ok: true, value: { changed: ["usageLocation", "kind"], recheckedLicenses: ["ENTERPRISEPACK"] } });
  });

  it("agrees with decideLicenseChange: an edit is refused iff re-assigning the held licenses there would be (R-GEO-2)", () => {
    const before = user({ licenses: voice });
    for (const usageLocation of ["US", "GB", "FR", "AR", "JP", "CA", "DE"]) {
      const edit = decideUserAttributeChange(e3Tenant(), before, { ...before, usageLocation });
      const assign = decideLicenseChange(e3Tenant({ assignedCounts: {} }), { ...before, usageLocation, licenses: [] }, add(...voice));
      expect(edit.ok, usageLocation).toBe(assign.ok);
    }
  });
});

describe("SBX-MX-SFB: Skype for Business Online Plan 1 and Plan 2 don't combine on one user", () => {
  /** A tenant with seats of both SfB plans, E3 and Business Premium, so that only the exclusion can refuse. */
  const sfbTenant = makeSnapshot({
    plan: "MCOIMP",
    subscriptions: [sub("MCOIMP", 10), sub("MCOSTANDARD", 10), sub("ENTERPRISEPACK", 10), sub("O365_BUSINESS_PREMIUM", 10)],
    assignedCounts: {},
  });

  const rows: {
    label: string;
    licenses: SkuPartNumber[];
    change: LicenseChange;
    subject: SkuPartNumber;
    conflictsWith: SkuPartNumber[];
  }[] = [
    {
      label: "SBX-MX-SFB: a user on MCOIMP adding MCOSTANDARD",
      licenses: ["MCOIMP"],
      change: add("MCOSTANDARD"),
      subject: "MCOSTANDARD",
      conflictsWith: ["MCOIMP"],
    },
    {
      label: "SBX-MX-SFB: a user on MCOSTANDARD adding MCOIMP",
      licenses: ["MCOSTANDARD"],
      change: add("MCOIMP"),
      subject: "MCOIMP",
      conflictsWith: ["MCOSTANDARD"],
    },
    {
      label: "SBX-MX-SFB: MCOIMP next to ENTERPRISEPACK (E3 contains Plan 2)",
      licenses: ["ENTERPRISEPACK"],
      change: add("MCOIMP"),
      subject: "MCOIMP",
      conflictsWith: ["ENTERPRISEPACK"],
    },
    {
      label: "SBX-MX-SFB: ENTERPRISEPACK added to a user on MCOIMP",
      licenses: ["MCOIMP"],
      change: add("ENTERPRISEPACK"),
      subject: "ENTERPRISEPACK",
      conflictsWith: ["MCOIMP"],
    },
    {
      label: "SBX-MX-SFB: MCOIMP next to Business Premium (contains Plan 2)",
      licenses: ["O365_BUSINESS_PREMIUM"],
      change: add("MCOIMP"),
      subject: "MCOIMP",
      conflictsWith: ["O365_BUSINESS_PREMIUM"],
    },
  ];

  it.each(rows)("$label -> MUTUALLY_EXCLUSIVE", ({ licenses, change, subject, conflictsWith }) => {
    const result = decideLicenseChange(sfbTenant, user({ licenses }), change);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: "MUTUALLY_EXCLUSIVE", ruleId: "SBX-MX-SFB", details: { sku: subject, conflictsWith } });
    expect(result.error.doc).toBe(RULES["SBX-MX-SFB"].doc);
    expect(result.error.message.length).toBeGreaterThan(20);
  });

  it("SBX-MX-SFB is judged on the final set: swapping MCOIMP for MCOSTANDARD in one change is fine", () => {
    const result = decideLicenseChange(sfbTenant, user({ licenses: ["MCOIMP"] }), { add: ["MCOSTANDARD"], remove: ["MCOIMP"] });
    expect(result.ok && result.value.licenses).toEqual(["MCOSTANDARD"]);
  });
});
