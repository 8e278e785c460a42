import { describe, expect, it } from "vitest";
import { calculateSubscriptionUsage } from "./seat-usage";
import type { SubscriptionSnapshot } from "./types";

const sub = (
  id: string,
  sku: SubscriptionSnapshot["sku"],
  quantity: number,
  status: SubscriptionSnapshot["status"] = "active",
): SubscriptionSnapshot => ({
  id,
  sku,
  quantity,
  commercial: true,
  status,
});

describe("per-subscription seat usage adds up to the sku's count (Graph: available = purchased - assigned)", () => {
  it.each([
    { name: "one subscription", subs: [sub("a", "MCOEV", 5)], assigned: 3, want: [[3, 2]] },
    {
      name: "two subscriptions fill in order",
      subs: [sub("a", "MCOEV", 5), sub("b", "MCOEV", 5)],
      assigned: 7,
      want: [
        [5, 0],
        [2, 3],
      ],
    },
    {
      name: "none assigned",
      subs: [sub("a", "MCOEV", 5), sub("b", "MCOEV", 5)],
      assigned: 0,
      want: [
        [0, 5],
        [0, 5],
      ],
    },
    {
      name: "over-assigned stays on the last",
      subs: [sub("a", "MCOEV", 2), sub("b", "MCOEV", 2)],
      assigned: 6,
      want: [
        [2, 0],
        [4, 0],
      ],
    },
    {
      name: "suspended holds none",
      subs: [sub("a", "MCOEV", 5, "suspended"), sub("b", "MCOEV", 5)],
      assigned: 4,
      want: [
        [0, 0],
        [4, 1],
      ],
    },
  ])("$name", ({ subs, assigned, want }) => {
    const usage = calculateSubscriptionUsage({ subscriptions: subs, assignedCounts: { MCOEV: assigned }, creditsEnabled: false });
    expect(usage.map((u) => [u.assigned, u.available])).toEqual(want);
  });

  it("Communications Credits licenses are unlimited once set up (R-CC-3)", () => {
    const usage = calculateSubscriptionUsage({
      subscriptions: [sub("c", "MCOPSTNC", 1)],
      assignedCounts: { MCOPSTNC: 40 },
      creditsEnabled: true,
    });
    expect(usage).toEqual([{ subscriptionId: "c", assigned: 40, available: null }]);
  });
});
