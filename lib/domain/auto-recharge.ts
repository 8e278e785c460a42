/**
 * Auto-recharge decisions (catalogue §3, A-4, A-5, SBX-PAY-1): when a balance crosses the trigger amount, whether
 * the recharge runs, how failures back off and when auto-recharge turns itself off. Pure, like the rest of lib/domain.
 */
import { toEpochMs, toIso, HOUR_MS, type Instant } from "./clock";
import { assertCents, type AutoRechargeSettings, type PaymentMethodOutcome } from "./credits";

// ---------------------------------------------------------------- auto-recharge

export interface AutoRechargeFailureState {
  /** Failed recharge attempts in a row since the last success; 0 when none. */
  consecutiveFailures: number;
  lastFailureAt: Instant | null;
}

export interface AutoRechargePolicy {
  /** Wait after the n-th failure before retrying (index n-1; the last value repeats). Default 1h, 6h, 24h. */
  backoffMs: readonly number[];
  /** Auto-recharge turns itself off after this many failures in a row. Default 3. */
  maxConsecutiveFailures: number;
}

export const DEFAULT_AUTO_RECHARGE_POLICY: AutoRechargePolicy = {
  backoffMs: [1 * HOUR_MS, 6 * HOUR_MS, 24 * HOUR_MS],
  maxConsecutiveFailures: 3,
};

/** E-mail notices of AF:61 / SC:65: recharge succeeded, recharge failed, balance at or below zero. */
export type CreditsNotification = "autoRechargeSucceeded" | "autoRechargeFailed" | "autoRechargeDisabled" | "balanceDepleted";

export interface AutoRechargeInput {
  balanceBeforeCents: number;
  balanceAfterCents: number;
  settings: AutoRechargeSettings;
  paymentMethod: PaymentMethodOutcome;
  failureState: AutoRechargeFailureState;
  now: Instant;
  /**
   * What happened: "charge" (a call or expiry moved the balance from before to after; the default),
   * "settingsChanged" (auto-recharge was just turned on or its trigger changed: a balance already below the
   * trigger counts as a fresh crossing), or "tick" (the clock moved; only pending retries may run).
   */
  event?: "charge" | "settingsChanged" | "tick";
  policy?: AutoRechargePolicy;
}

export type AutoRechargeDecision =
  | {
      kind: "none";
      why: "disabled" | "notBelowTrigger" | "alreadyBelowTrigger" | "waitingToRetry" | "autoDisabled";
      /** When a retry becomes possible ("waitingToRetry"). */
      retryAt?: string;
      notifications: CreditsNotification[];
    }
  | {
      kind: "recharged";
      amountCents: number;
      balanceAfterRechargeCents: number;
      failureState: AutoRechargeFailureState;
      notifications: CreditsNotification[];
    }
  | {
      kind: "failed";
      reason: "declined" | "cardExpired";
      /** Always true: the billing admin is told (AF:61). */
      notify: true;
      failureState: AutoRechargeFailureState;
      /** True when this failure turned auto-recharge off; the caller stores settings.enabled = false. */
      autoDisabled: boolean;
      /** Earliest retry; null when auto-disabled. */
      retryAt: string | null;
      notifications: CreditsNotification[];
    };

/**
 * What saving the auto-recharge settings means for a recharge (A-4, once per crossing). Only turning
 * auto-recharge on, or moving its trigger, is a fresh crossing ("settingsChanged", with a fresh failure
 * state): a balance already below the new trigger recharges at once. Saving the same settings again, or
 * changing only the recharge amount or the card, is "tick": no new crossing, so nothing is recharged unless a
 * failed recharge is pending, and then its retry runs now (saving clears the back-off wait, so a fixed card
 * doesn't wait hours) and still counts toward the failures-in-a-row limit.
 */
export function decideSettingsSave(
  previous: AutoRechargeSettings,
  previousFailures: AutoRechargeFailureState,
  next: AutoRechargeSettings,
): { event: "settingsChanged" | "tick"; failureState: AutoRechargeFailureState } {
  if (next.enabled && (!previous.enabled || next.thresholdCents !== previous.thresholdCents)) {
    return { event: "settingsChanged", failureState: { consecutiveFailures: 0, lastFailureAt: null } };
  }
  return { event: "tick", failureState: { consecutiveFailures: previousFailures.consecutiveFailures, lastFailureAt: null } };
}

function backoffAfter(policy: AutoRechargePolicy, failures: number): number {
  const steps = policy.backoffMs;
  return steps[Math.min(failures, steps.length) - 1] ?? 0;
}

/**
 * Auto-recharge (catalogue §3.4, A-4, A-7).
 *
 * Trigger: strictly below the trigger amount, `balanceAfter < threshold`; equal does not trigger.
 * Once per crossing: a "charge" triggers only when it takes the balance from at/above the trigger to below
 * it. If a recharge leaves the balance still below the trigger (a charge bigger than the recharge amount),
 * nothing more happens until the balance has been at or above the trigger again.
 * Failures: the recharge is retried without a new crossing, but only after a growing wait after each
 * failure (policy.backoffMs: 1h, then 6h, then 24h), and auto-recharge turns itself off after
 * policy.maxConsecutiveFailures failures in a row (3; with 3 the 24h step is reached only if the limit is
 * raised). A success resets the failure count. Each outcome lists the e-mails to send (AF:61).
 */
export function decideAutoRecharge(input: AutoRechargeInput): AutoRechargeDecision {
  const { settings, failureState } = input;
  const policy = input.policy ?? DEFAULT_AUTO_RECHARGE_POLICY;
  const event = input.event ?? "charge";
  assertCents("balanceBeforeCents", input.balanceBeforeCents);
  assertCents("balanceAfterCents", input.balanceAfterCents);
  const nowMs = toEpochMs(input.now);
  const depleted = (finalBalance: number): CreditsNotification[] =>
    input.balanceBeforeCents > 0 && finalBalance <= 0 ? ["balanceDepleted"] : [];

  if (!settings.enabled) return { kind: "none", why: "disabled", notifications: depleted(input.balanceAfterCents) };
  if (failureState.consecutiveFailures >= policy.maxConsecutiveFailures) {
    return { kind: "none", why: "autoDisabled", notifications: depleted(input.balanceAfterCents) };
  }
  // strictly below.
  if (!(input.balanceAfterCents < settings.thresholdCents)) {
    return { kind: "none", why: "notBelowTrigger", notifications: [] };
  }

  if (failureState.consecutiveFailures > 0) {
    const lastFailureMs = failureState.lastFailureAt === null ? Number.NEGATIVE_INFINITY : toEpochMs(failureState.lastFailureAt);
    const retryMs = lastFailureMs + backoffAfter(policy, failureState.consecutiveFailures);
    if (nowMs < retryMs) {
      return { kind: "none", why: "waitingToRetry", retryAt: toIso(retryMs), notifications: depleted(input.balanceAfterCents) };
    }
  } else {
    const crossed = event === "settingsChanged" || (event === "charge" && input.balanceBeforeCents >= settings.thresholdCents);
    if (!crossed) return { kind: "none", why: "alreadyBelowTrigger", notifications: depleted(input.balanceAfterCents) };
  }

  if (input.paymentMethod === "succeed") {
    const balanceAfterRechargeCents = input.balanceAfterCents + settings.amountCents;
    return {
      kind: "recharged",
      amountCents: settings.amountCents,
      balanceAfterRechargeCents,
      failureState: { consecutiveFailures: 0, lastFailureAt: null },
      notifications: ["autoRechargeSucceeded", ...depleted(balanceAfterRechargeCents)],
    };
  }

  const failures = failureState.consecutiveFailures + 1;
  const autoDisabled = failures >= policy.maxConsecutiveFailures;
  return {
    kind: "failed",
    reason: input.paymentMethod === "expired" ? "cardExpired" : "declined",
    notify: true,
    failureState: { consecutiveFailures: failures, lastFailureAt: toIso(nowMs) },
    autoDisabled,
    retryAt: autoDisabled ? null : toIso(nowMs + backoffAfter(policy, failures)),
    notifications: [
      "autoRechargeFailed",
      ...(autoDisabled ? (["autoRechargeDisabled"] as CreditsNotification[]) : []),
      ...depleted(input.balanceAfterCents),
    ],
  };
}
