/**
 * Pure calendar maths for the sandbox clock. Every function takes the time as an argument (an ISO 8601
 * string or epoch milliseconds) and answers in UTC; nothing here reads the machine's clock or time zone.
 *
 * Plain UTC arithmetic rather than date-fns: date-fns' addMonths/startOfMonth work in the host's local
 * time zone, and the minute pools reset on UTC calendar months (A-13: "per calendar month").
 */

/** A point in time as the domain accepts it: ISO 8601 (UTC or with an offset) or epoch milliseconds. */
export type Instant = string | number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Epoch milliseconds of an instant; throws RangeError on an unparseable string (a bug, not a denial). */
export function toEpochMs(at: Instant): number {
  const ms = typeof at === "number" ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(at)}`);
  return ms;
}

/** Canonical UTC ISO string (`2018-03-07T00:00:00.000Z`). */
export function toIso(at: Instant): string {
  return new Date(toEpochMs(at)).toISOString();
}

function daysInUtcMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Adds whole calendar months in UTC, keeping the time of day. When the target month is shorter the day is
 * clamped to its last day (Jan 31 + 1 month = Feb 28 or 29), as date-fns does.
 */
export function addMonths(at: Instant, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const d = new Date(toEpochMs(at));
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(d.getUTCDate(), daysInUtcMonth(year, monthIndex));
  return new Date(
    Date.UTC(year, monthIndex, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
  ).toISOString();
}

/** Moves the sandbox clock forward by whole days (days >= 0). A day is exactly 24 hours of UTC. */
export function advanceClock(now: Instant, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
  return new Date(toEpochMs(now) + days * DAY_MS).toISOString();
}

/** 00:00:00.000 UTC on the 1st of the instant's month. */
export function startOfUtcMonth(at: Instant): string {
  const d = new Date(toEpochMs(at));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString();
}

/** "YYYY-MM" of the instant's UTC month: the key under which a month's minute-pool usage is kept. */
export function monthKey(at: Instant): string {
  return startOfUtcMonth(at).slice(0, 7);
}

/**
 * The UTC month starts strictly after `from` and at or before `to`, oldest first, as ISO strings.
 *
 * Half-open on the left, closed on the right, so that advancing the clock in several steps reports each
 * boundary exactly once: advancing from 2018-03-31T12:00Z to 2018-04-01T00:00Z crosses April (the pools
 * reset, A-13), and a later advance starting at 2018-04-01T00:00Z does not cross it again.
 * Empty when `to` <= `from`.
 */
export function monthBoundariesBetween(from: Instant, to: Instant): string[] {
  const fromMs = toEpochMs(from);
  const toMs = toEpochMs(to);
  const out: string[] = [];
  if (toMs <= fromMs) return out;
  let boundary = addMonths(startOfUtcMonth(fromMs), 1);
  while (toEpochMs(boundary) <= toMs) {
    out.push(boundary);
    boundary = addMonths(boundary, 1);
  }
  return out;
}

/**
 * When a subscription term that starts at `from` ends (its first renewal): one calendar month or one year
 * later, on the same day or the last day of a shorter month (Jan 31 -> Feb 28, Feb 29 -> Feb 28).
 */
export function calculateTermEnd(from: Instant, term: "monthly" | "annual"): string {
  return addMonths(from, term === "monthly" ? 1 : 12);
}
