/**
 * Funding lots: each funding expires 12 months after it was added (AF:58); spending draws the oldest lots first.
 */
import { addMonths, toEpochMs, type Instant } from "./clock";
import { assertCents } from "./credits";

// ---------------------------------------------------------------- lots and expiry

/**
 * Funds added by one purchase (a funding or an auto-recharge). Integer cents;
 * 0 <= remainingCents <= amountCents.
 */
export interface CreditLot {
  id: string;
  addedAt: Instant;
  amountCents: number;
  remainingCents: number;
}

/** §3.4 (AF:58): unused funds expire twelve months after the purchase that added them. */
export const FUNDS_EXPIRY_MONTHS = 12;

/** When a lot's unused funds expire: addedAt + 12 calendar months (UTC; Feb 29 -> Feb 28). */
export function calculateLotExpiresAt(lot: Pick<CreditLot, "addedAt">): string {
  return addMonths(lot.addedAt, FUNDS_EXPIRY_MONTHS);
}

function isExpired(lot: CreditLot, nowMs: number): boolean {
  return nowMs >= toEpochMs(calculateLotExpiresAt(lot));
}

/** Oldest first: by addedAt, then id, so the order is total and stable. */
function fifoOrder(lots: readonly CreditLot[]): CreditLot[] {
  return [...lots].sort((a, b) => toEpochMs(a.addedAt) - toEpochMs(b.addedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface SpendAllocation {
  /** Cents taken from each lot, oldest lot first; lots left untouched are not listed. */
  allocations: { lotId: string; cents: number }[];
  /** The lots after the spend, in the input order. */
  lots: CreditLot[];
  /** The part of the charge no lot could cover: it takes the balance below zero (§3.5). */
  uncoveredCents: number;
}

/**
 * Spends a charge from the lots, oldest first (FIFO), so the funds closest to expiring are used first.
 * With `now`, lots already expired at `now` are skipped (they belong to decideExpiry). Conserves cents:
 * sum(allocations) + uncoveredCents === chargeCents.
 */
export function allocateSpend(lots: readonly CreditLot[], chargeCents: number, now?: Instant): SpendAllocation {
  assertCents("chargeCents", chargeCents);
  if (chargeCents < 0) throw new RangeError(`chargeCents must not be negative, got ${chargeCents}`);
  const nowMs = now === undefined ? null : toEpochMs(now);
  let left = chargeCents;
  const taken = new Map<string, number>();
  const allocations: { lotId: string; cents: number }[] = [];
  for (const lot of fifoOrder(lots)) {
    if (left === 0) break;
    if (lot.remainingCents <= 0 || (nowMs !== null && isExpired(lot, nowMs))) continue;
    const cents = Math.min(left, lot.remainingCents);
    allocations.push({ lotId: lot.id, cents });
    taken.set(lot.id, cents);
    left -= cents;
  }
  return {
    allocations,
    lots: lots.map((lot) => (taken.has(lot.id) ? { ...lot, remainingCents: lot.remainingCents - (taken.get(lot.id) ?? 0) } : lot)),
    uncoveredCents: left,
  };
}

export interface ExpiryDecision {
  /** Lots whose unused funds expire now, oldest first, with the cents forfeited. */
  expired: { lotId: string; cents: number; expiresAt: string }[];
  totalExpiredCents: number;
  /** The lots afterwards (expired ones at remainingCents 0), in the input order. */
  lots: CreditLot[];
}

/**
 * Which lots have expired at `now` (now >= addedAt + 12 months, AF:58). Only what is still unused is
 * forfeited; a fully spent lot expires silently. Run it on every clock advance; it is idempotent.
 */
export function decideExpiry(lots: readonly CreditLot[], now: Instant): ExpiryDecision {
  const nowMs = toEpochMs(now);
  const expired = fifoOrder(lots)
    .filter((lot) => lot.remainingCents > 0 && isExpired(lot, nowMs))
    .map((lot) => ({ lotId: lot.id, cents: lot.remainingCents, expiresAt: calculateLotExpiresAt(lot) }));
  const ids = new Set(expired.map((e) => e.lotId));
  return {
    expired,
    totalExpiredCents: expired.reduce((sum, e) => sum + e.cents, 0),
    lots: lots.map((lot) => (ids.has(lot.id) ? { ...lot, remainingCents: 0 } : lot)),
  };
}
