/**
 * Communications Credits decisions (catalogue §3; resolutions ).
 *
 * Money is integer US cents everywhere; per-minute rates are integer cents; a charge is minutes x rate.
 * Time comes in as an argument (ISO string or epoch ms). Nothing here writes: each decide* returns what
 * the caller should record (charge, pool draw, recharge, expiry), or a cited refusal.
 */
import { decidePurchase } from "./offers";
import { deny } from "./reasons";
import type { Recommendation, Result, TenantPolicy, TenantSnapshot } from "./types";
import { assertCents } from "./money";

export { assertCents };
export * from "./calls";

// ---------------------------------------------------------------- sign-up and funding

export interface CreditsSignUp {
  /** True when credits were already set up: nothing to buy, nothing changes (idempotent). */
  alreadySetUp: boolean;
  recommendations: Recommendation[];
}

/**
 * May this tenant set up Communications Credits? The purchase gate lives in offers.ts and is not repeated
 * here: tenant blocks (R-ADM-1, R-21V-1, R-GD-1, R-MC-1), R-CC-1 / R-CC-2 with A-3 (Audio Conferencing,
 * or Phone System AND a Calling Plan) and R-CC-5 (the tenant's country).
 */
export function decideCreditsSignUp(snapshot: TenantSnapshot): Result<CreditsSignUp> {
  if (snapshot.creditsEnabled) return { ok: true, value: { alreadySetUp: true, recommendations: [] } };
  const purchase = decidePurchase(snapshot, { sku: "MCOPSTNC", quantity: 1 });
  if (!purchase.ok) return purchase;
  return { ok: true, value: { alreadySetUp: false, recommendations: purchase.value.recommendations } };
}

/**
 * Adding funds: at least the policy minimum ($20 by default, the March 2018 figure; $50 is the
 * later one), no maximum. Non-integer cents are a bug upstream (zod parses money), so they throw.
 *
 * The funds are paid with the (simulated) card: a declined or expired card pays nothing, so the funding is
 * refused with PAYMENT_DECLINED (SBX-PAY-1) and nothing may be recorded. The amount is judged first: a
 * wrong amount is wrong whatever the card. Without a payment method the card is taken to pay ("succeed"),
 * which is what callers that only validate an amount (auto-recharge settings) mean.
 */
export function decideFunding(
  policy: Pick<TenantPolicy, "minimumFundingCents">,
  amountCents: number,
  paymentMethod: PaymentMethodOutcome = "succeed",
): Result<{ amountCents: number }> {
  assertCents("amountCents", amountCents);
  if (amountCents < policy.minimumFundingCents || amountCents <= 0) {
    return {
      ok: false,
      error: deny("AMOUNT_BELOW_MINIMUM", "A-8", {
        details: { field: "amountCents", amountCents, minimumCents: policy.minimumFundingCents },
      }),
    };
  }
  // SBX-PAY-1: the simulated card must pay for the funds.
  if (paymentMethod !== "succeed") {
    return {
      ok: false,
      error: deny("PAYMENT_DECLINED", "SBX-PAY-1", {
        details: { field: "paymentMethod", paymentMethod, amountCents, reason: paymentMethod === "expired" ? "cardExpired" : "declined" },
      }),
    };
  }
  return { ok: true, value: { amountCents } };
}

export interface AutoRechargeSettings {
  enabled: boolean;
  /** Trigger amount ("When the balance falls below"): recharge when balance < thresholdCents (A-4, exclusive). */
  thresholdCents: number;
  /** Recharge amount ("Recharge with"), added per recharge. */
  amountCents: number;
}

/**
 * Auto-recharge settings. Turned off, they are accepted as they are (nothing will use them). Turned on:
 * the trigger amount must be positive (A-4: a trigger of 0 would only fire after calls are already stopped,
 * A-5) and the recharge amount is a funding, so it must reach the funding minimum.
 */
export function validateAutoRecharge(
  settings: AutoRechargeSettings,
  policy: Pick<TenantPolicy, "minimumFundingCents">,
): Result<AutoRechargeSettings> {
  assertCents("thresholdCents", settings.thresholdCents);
  assertCents("amountCents", settings.amountCents);
  if (!settings.enabled) return { ok: true, value: settings };
  if (settings.thresholdCents <= 0) {
    return {
      ok: false,
      error: deny("AMOUNT_BELOW_MINIMUM", "A-4", {
        details: { field: "thresholdCents", thresholdCents: settings.thresholdCents, minimumCents: 1 },
      }),
    };
  }
  const funding = decideFunding(policy, settings.amountCents);
  if (!funding.ok) return funding;
  return { ok: true, value: settings };
}

/** The simulated card's answer (SBX-PAY-1). */
export type PaymentMethodOutcome = "succeed" | "decline" | "expired";
