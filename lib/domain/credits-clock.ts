/**
 * What the sandbox clock does to Communications Credits and subscriptions when it moves (catalogue §3.4,
 * §3.8, A-13), and the small money rules the credits service shares. Pure: the times come in as arguments.
 *
 * - Minute pools reset at each UTC month boundary crossed (clock.ts monthBoundariesBetween).
 * - Funds expire 12 months after the purchase that added them, oldest first (credits.ts decideExpiry).
 * - Monthly and annual subscriptions renew on their renewal date; every date is counted from the start of
 *   the term (anchor + n terms), so a subscription started on Dec 31 renews on Jan 31, Feb 28 and then on
 *   Mar 31 again, not on Mar 28, however the clock was advanced in between.
 */
import { addMonths, toEpochMs, toIso, type Instant } from "./clock";
import { calculateLotExpiresAt, type CreditLot } from "./credit-lots";

export type SubscriptionTerm = "monthly" | "annual";

export interface RenewableSubscription {
  id: string;
  term: SubscriptionTerm;
  /** The next renewal date (stored; may be a clamped date such as Feb 28). */
  renewsAt: Instant;
  /**
   * When the subscription's term started (its purchase or creation): every renewal date is this plus whole
   * terms. Without it, renewsAt is taken as the anchor.
   */
  termStartedAt?: Instant;
}

export interface Renewal {
  subscriptionId: string;
  /** When it renewed (a past renewal date). */
  renewedAt: string;
  /** The renewal date after this one. */
  nextRenewsAt: string;
}

function termMonths(term: SubscriptionTerm): number {
  return term === "monthly" ? 1 : 12;
}

/**
 * Every renewal due by `to` (from the stored renewsAt on, so a date not processed yet is still due), oldest
 * first (ties by subscription id). The dates are anchor + k terms with the anchor the term start, never the
 * stored renewsAt: that one may already be clamped (Feb 28), and counting on from it would make the dates
 * depend on how the clock was advanced (Mar 28 in daily steps, Mar 31 in one).
 */
export function decideRenewals(subscriptions: readonly RenewableSubscription[], to: Instant): Renewal[] {
  const toMs = toEpochMs(to);
  const out: Renewal[] = [];
  for (const sub of subscriptions) {
    const anchor = toIso(sub.termStartedAt ?? sub.renewsAt);
    const dueFromMs = toEpochMs(sub.renewsAt);
    const step = termMonths(sub.term);
    for (let k = 0; ; k++) {
      const at = addMonths(anchor, k * step);
      const atMs = toEpochMs(at);
      if (atMs > toMs) break;
      if (atMs < dueFromMs) continue;
      out.push({ subscriptionId: sub.id, renewedAt: at, nextRenewsAt: addMonths(anchor, (k + 1) * step) });
    }
  }
  return out.sort((a, b) => toEpochMs(a.renewedAt) - toEpochMs(b.renewedAt) || (a.subscriptionId < b.subscriptionId ? -1 : 1));
}

/**
 * The lots with unused funds whose expiry date is at or before `to`, by expiry date, oldest first. The clock
 * service expires them one date at a time, so each expiry is recorded at the moment it happened.
 */
export function findExpiringLots(lots: readonly CreditLot[], to: Instant): { lotId: string; expiresAt: string }[] {
  const toMs = toEpochMs(to);
  return lots
    .filter((lot) => lot.remainingCents > 0)
    .map((lot) => ({ lotId: lot.id, expiresAt: calculateLotExpiresAt(lot) }))
    .filter((e) => toEpochMs(e.expiresAt) <= toMs)
    .sort((a, b) => toEpochMs(a.expiresAt) - toEpochMs(b.expiresAt) || (a.lotId < b.lotId ? -1 : 1));
}

/**
 * How much of newly added funds stays spendable as a lot. The balance may be below zero after a call that
 * started positive (§3.5); new funds first pay that back, so the lot keeps only what the balance shows above
 * zero. Keeps the invariant sum(lot.remainingCents) === max(0, balanceCents).
 */
export function calculateNewLotRemaining(amountCents: number, balanceAfterCents: number): number {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0)
    throw new RangeError(`amountCents must be whole cents >= 0, got ${amountCents}`);
  if (!Number.isSafeInteger(balanceAfterCents)) throw new RangeError(`balanceAfterCents must be whole cents, got ${balanceAfterCents}`);
  return Math.min(amountCents, Math.max(0, balanceAfterCents));
}

export interface LedgerLine {
  amountCents: number;
  balanceAfterCents: number;
}

/**
 * Checks an append-only ledger, oldest first: each line's balanceAfter is the previous one plus its amount,
 * and the last equals the cached balance. Returns the first problem, or null when it is consistent.
 */
export function findLedgerInconsistency(lines: readonly LedgerLine[], cachedBalanceCents: number): string | null {
  let running = 0;
  for (const [i, line] of lines.entries()) {
    running += line.amountCents;
    if (line.balanceAfterCents !== running)
      return `entry ${i + 1}: balanceAfter ${line.balanceAfterCents} but the running sum is ${running}`;
  }
  if (running !== cachedBalanceCents) return `the ledger sums to ${running} but the cached balance is ${cachedBalanceCents}`;
  return null;
}
