import { describe, expect, it } from "vitest";
import { decideAssignmentsToMove, decidePlanSwitch, listSwitchTargets, type PlanHolder } from "./plan-switch";
import { tenant } from "./test-helpers";

describe("decidePlanSwitch", () => {
  it("R-GD-1 / F-2: GoDaddy Business Premium leaves GoDaddy by switching to E3 sold by Microsoft", () => {
    const result = decidePlanSwitch(tenant({ plan: "O365_BUSINESS_PREMIUM", channel: "godaddy" }), "ENTERPRISEPACK");
    expect(result).toEqual({
      ok: true,
      value: {
        from: "O365_BUSINESS_PREMIUM",
        to: "ENTERPRISEPACK",
        carriedSeats: 25,
        subscriptionIdsToMove: ["sub-o365_business_premium"],
        redundantAddOns: [],
        leavesGoDaddy: true,
        newChannel: "direct",
        allowedBy: ["R-GD-1", "A-19"],
      },
    });
  });

  it("R-GD-1: GoDaddy Business Premium can't switch anywhere else", () => {
    expect(decidePlanSwitch(tenant({ plan: "O365_BUSINESS_PREMIUM", channel: "godaddy" }), "ENTERPRISEPREMIUM")).toMatchObject({
      ok: false,
      error: { code: "RESELLER_GODADDY", ruleId: "R-GD-1", remedies: [{ action: "switchPlan", to: ["ENTERPRISEPACK"] }] },
    });
  });

  it("R-AC-E5N-b: E5 without AC switches to E5; SBX-PLAN-SWITCH: the same plan is refused", () => {
    const s = tenant({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" });
    expect(decidePlanSwitch(s, "ENTERPRISEPREMIUM")).toMatchObject({
      ok: true,
      value: { from: "ENTERPRISEPREMIUM_NOPSTNCONF", to: "ENTERPRISEPREMIUM", leavesGoDaddy: false, newChannel: "direct" },
    });
    expect(decidePlanSwitch(s, "ENTERPRISEPREMIUM_NOPSTNCONF")).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_FAILED", ruleId: "SBX-PLAN-SWITCH" },
    });
  });

  it("R-ADM-1: no plan to switch from", () => {
    expect(decidePlanSwitch(tenant({ plan: null }), "ENTERPRISEPACK")).toMatchObject({
      ok: false,
      error: { code: "NO_BASE_PLAN", ruleId: "R-ADM-1", remedies: [{ action: "purchase", sku: "ENTERPRISEPACK" }] },
    });
  });

  it("A-19 / R-REC-COST: add-ons the target includes become redundant", () => {
    const s = tenant({ plan: "ENTERPRISEPACK" }, { MCOEV: 5, MCOMEETADV: 3, MCOPSTN1: 5 });
    const result = decidePlanSwitch(s, "ENTERPRISEPREMIUM");
    expect(result.ok && result.value.redundantAddOns).toEqual(["MCOMEETADV", "MCOEV"]);
  });

  it("R-PART-1 / A-17: Action Pack seats don't move; purchased seats do", () => {
    const s = tenant({ plan: "ENTERPRISEPACK", channel: "partner" });
    const actionPack = { ...s, subscriptions: s.subscriptions.map((sub) => ({ ...sub, commercial: false })) };
    expect(decidePlanSwitch(actionPack, "ENTERPRISEPREMIUM")).toMatchObject({
      ok: false,
      error: { code: "PARTNER_E3_SEAT_REQUIRED", ruleId: "R-PART-1" },
    });
    const bought = {
      ...actionPack,
      subscriptions: [
        ...actionPack.subscriptions,
        { id: "b", sku: "ENTERPRISEPACK" as const, quantity: 3, commercial: true, status: "active" as const },
      ],
    };
    expect(decidePlanSwitch(bought, "ENTERPRISEPREMIUM")).toMatchObject({
      ok: true,
      value: { carriedSeats: 3, subscriptionIdsToMove: ["b"], newChannel: "partner" },
    });
  });

  it("R-ASG-CP-PS: leaving E5 while Calling Plans rely on its Phone System is refused", () => {
    const s = { ...tenant({ plan: "ENTERPRISEPREMIUM" }, { MCOPSTN1: 5 }), assignedCounts: { ENTERPRISEPREMIUM: 10, MCOPSTN1: 4 } };
    expect(decidePlanSwitch(s, "ENTERPRISEPACK")).toMatchObject({
      ok: false,
      error: { code: "DEPENDENCY_VIOLATION", ruleId: "R-ASG-CP-PS" },
    });
    expect(decidePlanSwitch(s, "ENTERPRISEPREMIUM_NOPSTNCONF").ok).toBe(true); // keeps Phone System
    const covered = { ...tenant({ plan: "ENTERPRISEPREMIUM" }, { MCOPSTN1: 5, MCOEV: 4 }), assignedCounts: { MCOPSTN1: 4 } };
    expect(decidePlanSwitch(covered, "ENTERPRISEPACK").ok).toBe(true);
  });
});

describe("listSwitchTargets", () => {
  it("lists every other plan with includes and the monthly price difference in cents", () => {
    const targets = listSwitchTargets(tenant({ plan: "ENTERPRISEPACK" }));
    expect(targets).toHaveLength(8);
    const e5 = targets.find((t) => t.to === "ENTERPRISEPREMIUM")!;
    expect(e5).toMatchObject({ allowed: true, perSeatMonthlyDifferenceCents: 1500, monthlyDifferenceCents: 1500 * 25 });
    expect(e5.includes).toEqual(expect.arrayContaining(["MCOMEETADV", "MCOEV"]));
    const e1 = targets.find((t) => t.to === "STANDARDPACK")!;
    expect(e1.perSeatMonthlyDifferenceCents).toBe(-1200);
  });

  it("R-GD-1: only E3 is allowed from GoDaddy Business Premium", () => {
    const targets = listSwitchTargets(tenant({ plan: "O365_BUSINESS_PREMIUM", channel: "godaddy" }));
    expect(targets.filter((t) => t.allowed).map((t) => t.to)).toEqual(["ENTERPRISEPACK"]);
    expect(targets.find((t) => t.to === "ENTERPRISEPREMIUM")?.reason?.code).toBe("RESELLER_GODADDY");
  });

  it("is empty without a plan (R-ADM-1)", () => {
    expect(listSwitchTargets(tenant({ plan: null }))).toEqual([]);
  });
});

describe("decidePlanSwitch: which subscriptions move", () => {
  const e3 = tenant({ plan: "ENTERPRISEPACK" });
  const sub = (id: string, commercial: boolean, status: "active" | "suspended" = "active") => ({
    id,
    sku: "ENTERPRISEPACK" as const,
    quantity: 2,
    commercial,
    status,
  });
  const cases: { label: string; channel: "direct" | "partner"; extra: ReturnType<typeof sub>[]; ids: string[]; seats: number }[] = [
    {
      label: "SBX-PLAN-SWITCH: every active subscription of the plan moves",
      channel: "direct",
      extra: [sub("more", true)],
      ids: ["sub-enterprisepack", "more"],
      seats: 27,
    },
    {
      label: "SBX-PLAN-SWITCH: a suspended subscription stays",
      channel: "direct",
      extra: [sub("off", true, "suspended")],
      ids: ["sub-enterprisepack"],
      seats: 25,
    },
    {
      label: "R-PART-1 / A-17: a partner's Action Pack subscription stays, bought ones move",
      channel: "partner",
      extra: [sub("bought", true)],
      ids: ["bought"],
      seats: 2,
    },
  ];
  it.each(cases)("$label", ({ channel, extra, ids, seats }) => {
    const planSub = { ...e3.subscriptions[0], commercial: channel !== "partner" };
    const phoneSystem = { id: "ps", sku: "MCOEV" as const, quantity: 3, commercial: true, status: "active" as const };
    const s = { ...e3, channel, subscriptions: [planSub, ...extra, phoneSystem] };
    const result = decidePlanSwitch(s, "ENTERPRISEPREMIUM");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.subscriptionIdsToMove).toEqual(ids);
    expect(result.value.carriedSeats).toBe(seats);
  });
});

describe("decideAssignmentsToMove (SBX-PLAN-SWITCH, R-PART-1)", () => {
  const h = (id: string, alsoHoldsTarget = false): PlanHolder => ({ id, userId: `user-${id}`, alsoHoldsTarget });
  const cases: { label: string; holders: PlanHolder[]; carriedSeats: number; move: string[]; drop: string[] }[] = [
    {
      label: "SBX-PLAN-SWITCH: every holder moves when the seats cover them",
      holders: [h("a"), h("b")],
      carriedSeats: 5,
      move: ["a", "b"],
      drop: [],
    },
    {
      label: "SBX-PLAN-SWITCH: oldest first when there are fewer seats than holders",
      holders: [h("a"), h("b"), h("c")],
      carriedSeats: 2,
      move: ["a", "b"],
      drop: [],
    },
    {
      label: "R-PART-1 / A-17: no carried seats, nobody moves (Action Pack holders stay)",
      holders: [h("a")],
      carriedSeats: 0,
      move: [],
      drop: [],
    },
    {
      label: "SBX-PLAN-SWITCH: a holder of the target drops the old license and takes no carried seat",
      holders: [h("a", true), h("b"), h("c")],
      carriedSeats: 2,
      move: ["b", "c"],
      drop: ["a"],
    },
    {
      label: "SBX-PLAN-SWITCH: a holder of the target drops the old license even past the carried seats",
      holders: [h("a"), h("b", true)],
      carriedSeats: 1,
      move: ["a"],
      drop: ["b"],
    },
    { label: "SBX-PLAN-SWITCH: no holders, nothing to do", holders: [], carriedSeats: 3, move: [], drop: [] },
    { label: "SBX-PLAN-SWITCH: negative seats count as none", holders: [h("a")], carriedSeats: -1, move: [], drop: [] },
  ];
  it.each(cases)("$label", ({ holders, carriedSeats, move, drop }) => {
    expect(decideAssignmentsToMove(holders, carriedSeats)).toEqual({ move, drop });
  });

  it("never moves more than the carried seats and lists each id once", () => {
    const holders = Array.from({ length: 20 }, (_, i) => h(`u${i}`, i % 3 === 0));
    for (let seats = 0; seats <= 20; seats++) {
      const { move, drop } = decideAssignmentsToMove([...holders, holders[1]], seats);
      expect(move.length).toBeLessThanOrEqual(seats);
      expect(new Set([...move, ...drop]).size).toBe(move.length + drop.length);
    }
  });
});
