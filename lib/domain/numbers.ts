/**
 * Phone-number caps (catalogue §2.6). Pure integer maths; no floats.
 */
import { activeSeats } from "./tenant";
import type { TenantSnapshot } from "./types";

/**
 * R-NUM-USER: user (subscriber) numbers = floor(Calling Plan licenses x 1.1) + 10.
 * the rounding isn't documented; we round down, computed as floor(n * 11 / 10) to stay in integers.
 * `callingPlanLicenses` = Domestic + Domestic and International licenses. Ported numbers don't count.
 */
export function calculateUserNumberCap(callingPlanLicenses: number): number {
  assertCount(callingPlanLicenses);
  return Math.floor((callingPlanLicenses * 11) / 10) + 10;
}

/**
 * R-NUM-SVC tiers: [lowest license count of the tier, service numbers allowed]. Applies to toll and
 * toll-free service numbers separately. Below 1 license there are no service numbers.
 */
export const SERVICE_NUMBER_TIERS: readonly (readonly [minLicenses: number, numbers: number])[] = [
  [1, 5],
  [26, 10],
  [50, 20],
  [100, 30],
  [150, 40],
  [200, 65],
  [500, 90],
  [750, 110],
  [1000, 125],
  [1250, 135],
  [1500, 160],
  [2000, 210],
  [3000, 420],
  [7000, 500],
  [10000, 600],
  [15000, 700],
  [20000, 1000],
  [50000, 1500],
];

/**
 * R-NUM-SVC: the cap on toll (and, separately, toll-free) service numbers for a number of
 * Phone System + Audio Conferencing licenses. A-20: count each E5 seat once (it has both), plus
 * Phone System and Audio Conferencing add-on seats (see countServiceNumberLicenses).
 */
export function calculateServiceNumberCap(phoneSystemPlusAcLicenses: number): number {
  assertCount(phoneSystemPlusAcLicenses);
  let cap = 0;
  for (const [min, numbers] of SERVICE_NUMBER_TIERS) {
    if (phoneSystemPlusAcLicenses >= min) cap = numbers;
  }
  return cap;
}

/**
 * the license count fed to calculateServiceNumberCap. All inputs are seat counts. R-NUM-SVC counts Phone
 * System and Audio Conferencing licenses: an E5 seat has both and counts once; an E5 without Audio Conferencing
 * seat has Phone System and counts once too.
 */
export function countServiceNumberLicenses(seats: {
  e5: number;
  e5WithoutAudioConferencing?: number;
  phoneSystemAddOn: number;
  audioConferencingAddOn: number;
}): number {
  return seats.e5 + (seats.e5WithoutAudioConferencing ?? 0) + seats.phoneSystemAddOn + seats.audioConferencingAddOn;
}

/** R-NUM-SVC / A-20 for a tenant: the seats on its active subscriptions that give Phone System or Audio Conferencing. */
export function serviceNumberLicensesOf(s: TenantSnapshot): number {
  return countServiceNumberLicenses({
    e5: activeSeats(s, "ENTERPRISEPREMIUM"),
    e5WithoutAudioConferencing: activeSeats(s, "ENTERPRISEPREMIUM_NOPSTNCONF"),
    phoneSystemAddOn: activeSeats(s, "MCOEV"),
    audioConferencingAddOn: activeSeats(s, "MCOMEETADV"),
  });
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a license count must be a whole number >= 0, got ${n}`);
}
