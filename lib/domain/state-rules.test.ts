/**
 * Departure 2 (R-PS-BP, SBX-SWITCH-ADDONS) and cancelling (SBX-CANCEL): no sequence of purchases, plan switches,
 * assignments and cancellations reaches a state the purchase rules forbid.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { licensesProvide } from "./catalog";
import { DEMO_SITUATIONS } from "./fixtures";
import { applyPurchase, decidePurchase } from "./offers";
import { decideAssignmentsToMove, decidePlanSwitch } from "./plan-switch";
import { decideLicenseChange } from "./assignment";
import { decideCancelSubscription, purchaseRuleViolations } from "./state-rules";
import { tenant } from "./test-helpers";
import { ALL_SKUS, PLAN_SKUS, type SkuPartNumber, type TenantSnapshot, type UserSnapshot } from "./types";

describe("R-PS-BP (SBX-SWITCH-ADDONS): a plan switch can't end in a combination the purchase rules forbid", () => {
  it("R-PS-BP: E3 with Phone System can't switch to Business Premium; the remedies take it off users and cancel it", () => {
    const s = { ...tenant({ plan: "ENTERPRISEPACK" }, { MCOEV: 3 }), assignedCounts: { ENTERPRISEPACK: 10, MCOEV: 2 } };
    const r = decidePlanSwitch(s, "O365_BUSINESS_PREMIUM");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("DEPENDENCY_VIOLATION");
    expect(r.error.ruleId).toBe("R-PS-BP");
    expect(r.error.details?.guard).toBe("SBX-SWITCH-ADDONS");
    expect(r.error.remedies).toEqual([
      { action: "unassign", sku: "MCOEV" },
      { action: "cancelSubscription", sku: "MCOEV" },
    ]);
    expect(r.error.message).toContain("Phone System");
  });

  it("R-CP-BP, R-CC-2: credits on Phone System + Calling Plan are named too, dependents first", () => {
    const s = { ...tenant({ plan: "ENTERPRISEPACK" }, { MCOEV: 1, MCOPSTN1: 1, MCOPSTNC: 1 }), creditsEnabled: true };
    const r = decidePlanSwitch(s, "O365_BUSINESS_PREMIUM");
    expect(!r.ok && r.error.details?.addOns).toEqual(["MCOEV", "MCOPSTN1", "MCOPSTNC"]);
    expect(!r.ok && r.error.remedies.map((m) => m.action === "cancelSubscription" && m.sku)).toEqual(["MCOPSTNC", "MCOPSTN1", "MCOEV"]);
  });

  it("R-AC-E5N-b: E3 with Audio Conferencing can't switch to E5 without it", () => {
    const r = decidePlanSwitch(tenant({ plan: "ENTERPRISEPACK" }, { MCOMEETADV: 1 }), "ENTERPRISEPREMIUM_NOPSTNCONF");
    expect(!r.ok && r.error.ruleId).toBe("R-AC-E5N-b");
  });

  it("R-CC-2: E5 with credits and no AC add-on can't switch to E3 (credits would lose Audio Conferencing)", () => {
    const s = { ...tenant({ plan: "ENTERPRISEPREMIUM" }, { MCOPSTNC: 1 }), creditsEnabled: true };
    const r = decidePlanSwitch(s, "ENTERPRISEPACK");
    expect(!r.ok && r.error.ruleId).toBe("R-CC-2");
  });

  it("SBX-ROOM-SFB: room licenses on Business Premium block a switch to E3 until cancelled", () => {
    const s = applyPurchase(tenant({ plan: "O365_BUSINESS_PREMIUM" }), "MCOIMP", 2);
    const r = decidePlanSwitch(s, "ENTERPRISEPACK");
    expect(!r.ok && r.error.ruleId).toBe("SBX-ROOM-SFB");
    const sub = s.subscriptions.find((x) => x.sku === "MCOIMP")!;
    expect(decideCancelSubscription(s, sub.id).ok).toBe(true);
  });

  it("SBX-SWITCH-ADDONS: a redundant add-on is not a violation (E3 + Phone System -> E5 keeps it, listed as redundant)", () => {
    const r = decidePlanSwitch(tenant({ plan: "ENTERPRISEPACK" }, { MCOEV: 2 }), "ENTERPRISEPREMIUM");
    expect(r.ok && r.value.redundantAddOns).toEqual(["MCOEV"]);
  });
});

describe("SBX-CANCEL: cancelling an add-on subscription", () => {
  const s = { ...tenant({ plan: "ENTERPRISEPACK" }, { MCOEV: 2, MCOPSTN1: 2, MCOMEETADV: 2, MCOPSTNC: 1 }), creditsEnabled: true };
  const id = (sku: SkuPartNumber, snap: TenantSnapshot = s) => snap.subscriptions.find((x) => x.sku === sku)!.id;

  it("SBX-CANCEL: SEATS_IN_USE (R-ASG-SEAT) while the licenses are assigned", () => {
    const used = { ...s, assignedCounts: { ...s.assignedCounts, MCOMEETADV: 1 } };
    const r = decideCancelSubscription(used, id("MCOMEETADV"));
    expect(!r.ok && r.error.code).toBe("SEATS_IN_USE");
    expect(!r.ok && r.error.remedies).toEqual([{ action: "unassign", sku: "MCOMEETADV" }]);
  });

  it("SBX-CANCEL: DEPENDENCY_VIOLATION (R-CP-1) for Phone System while a Calling Plan is owned", () => {
    const r = decideCancelSubscription(s, id("MCOEV"));
    expect(!r.ok && r.error.code).toBe("DEPENDENCY_VIOLATION");
    expect(!r.ok && r.error.ruleId).toBe("R-CP-1");
    expect(!r.ok && r.error.details?.dependents).toContain("MCOPSTN1");
  });

  it("SBX-CANCEL: credits keep Audio Conferencing, or Phone System + Calling Plan (R-CC-2)", () => {
    // AC can go: PS + CP still carry the credits.
    expect(decideCancelSubscription(s, id("MCOMEETADV")).ok).toBe(true);
    const acOnly = { ...tenant({ plan: "ENTERPRISEPACK" }, { MCOMEETADV: 1, MCOPSTNC: 1 }), creditsEnabled: true };
    const r = decideCancelSubscription(acOnly, id("MCOMEETADV", acOnly));
    expect(!r.ok && r.error.ruleId).toBe("R-CC-2");
    expect(!r.ok && r.error.details?.dependents).toEqual(["MCOPSTNC"]);
  });

  it("SBX-CANCEL: credits themselves can be cancelled when no user holds their license; that turns credits off", () => {
    const r = decideCancelSubscription(s, id("MCOPSTNC"));
    expect(r.ok && r.value.disablesCredits).toBe(true);
    const held = { ...s, assignedCounts: { ...s.assignedCounts, MCOPSTNC: 1 } };
    expect(decideCancelSubscription(held, id("MCOPSTNC")).ok).toBe(false);
  });

  it("SBX-CANCEL: the base plan and unknown ids are refused", () => {
    expect(decideCancelSubscription(s, id("ENTERPRISEPACK")).ok).toBe(false);
    const missing = decideCancelSubscription(s, "nope");
    expect(!missing.ok && missing.error.code).toBe("NOT_FOUND");
  });
});

// ---------------------------------------------------------------- property: reachable states stay valid

interface World {
  s: TenantSnapshot;
  users: UserSnapshot[];
}

function recount(w: World): World {
  const counts: Partial<Record<SkuPartNumber, number>> = {};
  for (const u of w.users) for (const l of u.licenses) counts[l] = (counts[l] ?? 0) + 1;
  return { ...w, s: { ...w.s, assignedCounts: counts } };
}

function start(index: number, rooms: boolean): World {
  const demo = DEMO_SITUATIONS[index % DEMO_SITUATIONS.length].snapshot;
  const plan = demo.plan;
  const users: UserSnapshot[] = Array.from({ length: 4 }, (_, i) => ({
    id: `u${i}`,
    usageLocation: i === 3 ? "JP" : "US",
    pstnConnectivity: "online",
    kind: rooms && i === 0 ? "room" : "person",
    licenses: plan && i < 3 ? [plan] : [],
  }));
  return recount({ s: demo, users });
}

type Op =
  | { kind: "buy"; sku: SkuPartNumber; quantity: number }
  | { kind: "switch"; to: (typeof PLAN_SKUS)[number] }
  | { kind: "assign"; user: number; add: SkuPartNumber[]; remove: SkuPartNumber[] }
  | { kind: "cancel"; pick: number };

const skuArb = fc.constantFrom<SkuPartNumber>(...ALL_SKUS);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("buy" as const), sku: skuArb, quantity: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("switch" as const), to: fc.constantFrom(...PLAN_SKUS) }),
  fc.record({
    kind: fc.constant("assign" as const),
    user: fc.integer({ min: 0, max: 3 }),
    add: fc.array(skuArb, { maxLength: 3 }),
    remove: fc.array(skuArb, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }),
);

function step(w: World, op: Op): World {
  switch (op.kind) {
    case "buy": {
      const r = decidePurchase(w.s, { sku: op.sku, quantity: op.quantity });
      return r.ok ? { ...w, s: applyPurchase(w.s, op.sku, r.value.quantity) } : w;
    }
    case "switch": {
      const r = decidePlanSwitch(w.s, op.to);
      if (!r.ok) return w;
      const from = r.value.from;
      const holders = w.users
        .filter((u) => u.licenses.includes(from))
        .map((u) => ({ id: u.id, userId: u.id, alsoHoldsTarget: u.licenses.includes(op.to) }));
      const moves = decideAssignmentsToMove(holders, r.value.carriedSeats);
      const moving = new Set(r.value.subscriptionIdsToMove);
      const users = w.users.map((u) => {
        if (moves.drop.includes(u.id)) return { ...u, licenses: u.licenses.filter((l) => l !== from) };
        if (moves.move.includes(u.id)) return { ...u, licenses: u.licenses.map((l) => (l === from ? op.to : l)) };
        return u;
      });
      const s = {
        ...w.s,
        plan: op.to,
        channel: r.value.newChannel,
        subscriptions: w.s.subscriptions.map((x) => (moving.has(x.id) ? { ...x, sku: op.to } : x)),
      };
      return recount({ s, users });
    }
    case "assign": {
      const user = w.users[op.user];
      const r = decideLicenseChange(w.s, user, { add: op.add, remove: op.remove.filter((x) => !op.add.includes(x)) });
      if (!r.ok) return w;
      return recount({ ...w, users: w.users.map((u) => (u.id === user.id ? { ...u, licenses: r.value.licenses } : u)) });
    }
    case "cancel": {
      const active = w.s.subscriptions.filter((x) => x.status === "active");
      if (active.length === 0) return w;
      const sub = active[op.pick % active.length];
      const r = decideCancelSubscription(w.s, sub.id);
      if (!r.ok) return w;
      return {
        ...w,
        s: {
          ...w.s,
          subscriptions: w.s.subscriptions.filter((x) => x.id !== sub.id),
          creditsEnabled: r.value.disablesCredits ? false : w.s.creditsEnabled,
        },
      };
    }
  }
}

/** Per user: a Calling Plan with Phone System (R-ASG-CP-PS), the AC add-on with SfB Plan 2 (SBX-ASG-AC-SFB). */
function userViolations(w: World): string[] {
  return w.users.flatMap((u) => [
    ...(u.licenses.some((l) => l === "MCOPSTN1" || l === "MCOPSTN2") && !licensesProvide(u.licenses, "phoneSystem")
      ? [`${u.id}:R-ASG-CP-PS`]
      : []),
    ...(u.licenses.includes("MCOMEETADV") && !licensesProvide(u.licenses, "skypeForBusinessPlan2") ? [`${u.id}:SBX-ASG-AC-SFB`] : []),
  ]);
}

describe("R-PS-BP property: from any reachable state, every purchase rule holds", () => {
  it("R-PS-BP, R-CP-1, R-CC-2, SBX-ROOM-SFB: random purchases, switches, assignments and cancellations keep the state valid", () => {
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), fc.array(opArb, { minLength: 1, maxLength: 25 }), (index, rooms, ops) => {
        let w = start(index, rooms);
        const initial = purchaseRuleViolations(w.s);
        expect(initial).toEqual([]);
        for (const op of ops) {
          w = step(w, op);
          expect(
            purchaseRuleViolations(w.s).map((v) => `${v.sku}:${v.reason.ruleId}`),
            JSON.stringify(op),
          ).toEqual([]);
          expect(userViolations(w), JSON.stringify(op)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
