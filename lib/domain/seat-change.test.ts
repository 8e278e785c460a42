import { describe, expect, it } from "vitest";
import { decideSeatChange } from "./offers";
import { findDemoSituation } from "./fixtures";

describe("seat changes on Action Pack seats (R-PART-1, A-17)", () => {
  const partner = findDemoSituation("partner")!.snapshot;
  const actionPack = partner.subscriptions.find((s) => s.sku === "ENTERPRISEPACK" && !s.commercial)!;

  it.each([{ to: actionPack.quantity + 1 }, { to: actionPack.quantity - 1 }])(
    "changing Action Pack E3 seats to $to is refused with R-PART-1",
    ({ to }) => {
      const r = decideSeatChange(partner, "ENTERPRISEPACK", to, actionPack.id);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({
        code: "PARTNER_E3_SEAT_REQUIRED",
        ruleId: "R-PART-1",
        remedies: [{ action: "purchase", sku: "ENTERPRISEPACK" }],
      });
      expect(r.error.message).toMatch(/new purchase/);
    },
  );

  it("bought E3 seats of a partner can be changed", () => {
    const withBought = {
      ...partner,
      subscriptions: [
        ...partner.subscriptions,
        { id: "bought", sku: "ENTERPRISEPACK" as const, quantity: 1, commercial: true, status: "active" as const },
      ],
    };
    const r = decideSeatChange(withBought, "ENTERPRISEPACK", 3, "bought");
    expect(r.ok).toBe(true);
  });
});
