import { describe, expect, it } from "vitest";
import { decideLicenseChange } from "./assignment";
import { GRAPH_SERVICE_PLAN_IDS } from "./graph-skus.data";
import { makeSnapshot } from "./fixtures";
import type { UserSnapshot } from "./types";

const MCOEV_PLAN = GRAPH_SERVICE_PLAN_IDS.MCOEV;
const tenant = makeSnapshot({
  plan: "ENTERPRISEPREMIUM",
  subscriptions: [
    { id: "s1", sku: "ENTERPRISEPREMIUM", quantity: 10, commercial: true, status: "active" },
    { id: "s2", sku: "MCOPSTN1", quantity: 5, commercial: true, status: "active" },
  ],
  assignedCounts: { ENTERPRISEPREMIUM: 1 },
});

function user(overrides: Partial<UserSnapshot> = {}): UserSnapshot {
  return { id: "u1", usageLocation: "US", pstnConnectivity: "online", kind: "person", licenses: ["ENTERPRISEPREMIUM"], ...overrides };
}

function ruleOf(r: ReturnType<typeof decideLicenseChange>): string | null {
  return r.ok ? null : r.error.ruleId;
}

describe("R-ASG-CP-PS with Graph disabledPlans", () => {
  it("E5 with its Phone System plan on can take a Calling Plan", () => {
    expect(decideLicenseChange(tenant, user(), { add: ["MCOPSTN1"], remove: [] }).ok).toBe(true);
  });

  it("R-ASG-CP-PS: E5 whose MCOEV plan is disabled can't take a Calling Plan", () => {
    const u = user({ disabledPlans: { ENTERPRISEPREMIUM: [MCOEV_PLAN] } });
    expect(ruleOf(decideLicenseChange(tenant, u, { add: ["MCOPSTN1"], remove: [] }))).toBe("R-ASG-CP-PS");
  });

  it("R-ASG-CP-PS: adding E5 with MCOEV disabled together with a Calling Plan is refused as a whole", () => {
    const u = user({ licenses: [] });
    const change = { add: ["ENTERPRISEPREMIUM", "MCOPSTN1"] as const, remove: [], disabledPlans: { ENTERPRISEPREMIUM: [MCOEV_PLAN] } };
    expect(ruleOf(decideLicenseChange(tenant, u, { ...change, add: [...change.add] }))).toBe("R-ASG-CP-PS");
  });

  it("R-ASG-CP-PS: disabling MCOEV on a held E5 while a Calling Plan depends on it is refused", () => {
    const u = user({ licenses: ["ENTERPRISEPREMIUM", "MCOPSTN1"] });
    const r = decideLicenseChange(tenant, u, {
      add: ["ENTERPRISEPREMIUM"],
      remove: [],
      disabledPlans: { ENTERPRISEPREMIUM: [MCOEV_PLAN] },
    });
    expect(ruleOf(r)).toBe("R-ASG-CP-PS");
  });

  it("disabling another plan (Audio Conferencing) leaves the Calling Plan allowed", () => {
    const u = user({ disabledPlans: { ENTERPRISEPREMIUM: [GRAPH_SERVICE_PLAN_IDS.MCOMEETADV] } });
    expect(decideLicenseChange(tenant, u, { add: ["MCOPSTN1"], remove: [] }).ok).toBe(true);
  });
});
