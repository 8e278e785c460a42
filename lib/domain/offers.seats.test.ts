import { describe, expect, it } from "vitest";
import { findDemoSituation } from "./fixtures";
import { decideSeatChange, isSeatCountAdjustable } from "./offers";
import type { SubscriptionSnapshot } from "./types";

const sub = (sku: SubscriptionSnapshot["sku"], commercial: boolean): SubscriptionSnapshot => ({
  id: `s-${sku}-${commercial}`,
  sku,
  quantity: 3,
  commercial,
  status: "active",
});

describe("isSeatCountAdjustable (R-CC-3, R-PART-1)", () => {
  it.each([
    { label: "R-CC-3: Communications Credits have no seat count", subscription: sub("MCOPSTNC", true), adjustable: false },
    { label: "R-PART-1 / A-17: Action Pack E3 seats are fixed by the pack", subscription: sub("ENTERPRISEPACK", false), adjustable: false },
    { label: "R-PART-1: bought E3 seats can change", subscription: sub("ENTERPRISEPACK", true), adjustable: true },
    { label: "R-ASG-SEAT: add-on seats can change", subscription: sub("MCOEV", true), adjustable: true },
  ])("$label", ({ subscription, adjustable }) => {
    expect(isSeatCountAdjustable(subscription)).toBe(adjustable);
  });

  it("agrees with decideSeatChange: a subscription that isn't adjustable is refused whatever the quantity", () => {
    const partner = findDemoSituation("partner")!.snapshot;
    const s = {
      ...partner,
      creditsEnabled: true,
      subscriptions: [...partner.subscriptions, sub("ENTERPRISEPACK", true), sub("MCOPSTNC", true)],
    };
    for (const subscription of s.subscriptions) {
      for (const to of [1, subscription.quantity + 1]) {
        const r = decideSeatChange(s, subscription.sku, to, subscription.id);
        if (!isSeatCountAdjustable(subscription)) expect(r.ok, `${subscription.id} -> ${to}`).toBe(false);
      }
    }
    expect(decideSeatChange(s, "ENTERPRISEPACK", 4, "s-ENTERPRISEPACK-true").ok).toBe(true);
  });
});
