import { describe, expect, it } from "vitest";
import { decideFunding, validateAutoRecharge, type PaymentMethodOutcome } from "./credits";
import { describeDenial } from "./reasons";
import { RULES } from "./rule-index";
import { DEFAULT_POLICY, type DenialCode } from "./types";

describe("decideFunding with the payment method (SBX-PAY-1, A-8)", () => {
  const cases: { label: string; amountCents: number; paymentMethod?: PaymentMethodOutcome; code?: DenialCode; ruleId?: string }[] = [
    { label: "SBX-PAY-1: a card that pays funds the amount", amountCents: 2500, paymentMethod: "succeed" },
    { label: "SBX-PAY-1: no payment method given means a card that pays", amountCents: 2500 },
    {
      label: "SBX-PAY-1: a declined card funds nothing",
      amountCents: 2500,
      paymentMethod: "decline",
      code: "PAYMENT_DECLINED",
      ruleId: "SBX-PAY-1",
    },
    {
      label: "SBX-PAY-1: an expired card funds nothing",
      amountCents: 2500,
      paymentMethod: "expired",
      code: "PAYMENT_DECLINED",
      ruleId: "SBX-PAY-1",
    },
    {
      label: "A-8: the amount is judged before the card",
      amountCents: 1000,
      paymentMethod: "decline",
      code: "AMOUNT_BELOW_MINIMUM",
      ruleId: "A-8",
    },
  ];
  it.each(cases)("$label", ({ amountCents, paymentMethod, code, ruleId }) => {
    const result = decideFunding(DEFAULT_POLICY, amountCents, paymentMethod);
    if (code) expect(result).toMatchObject({ ok: false, error: { code, ruleId, remedies: [] } });
    else expect(result).toEqual({ ok: true, value: { amountCents } });
  });

  it("SBX-PAY-1: the refusal names the card problem in our own words and links the rule", () => {
    const declined = decideFunding(DEFAULT_POLICY, 2500, "decline");
    const expired = decideFunding(DEFAULT_POLICY, 2500, "expired");
    expect(declined.ok || expired.ok).toBe(false);
    if (declined.ok || expired.ok) return;
    expect(declined.error.message).toMatch(/declined/);
    expect(expired.error.message).toMatch(/expired/);
    expect(declined.error.message).toMatch(/payment method/);
    expect(declined.error.doc).toBe(RULES["SBX-PAY-1"].doc);
    expect(declined.error.details).toMatchObject({ paymentMethod: "decline", reason: "declined", amountCents: 2500 });
    expect(describeDenial("PAYMENT_DECLINED", "SBX-PAY-1")).toMatch(/[.!]$/);
  });

  it("A-4 / A-8: saving auto-recharge settings doesn't charge the card, so the card isn't judged there", () => {
    expect(validateAutoRecharge({ enabled: true, thresholdCents: 1000, amountCents: 2500 }, DEFAULT_POLICY).ok).toBe(true);
  });
});
