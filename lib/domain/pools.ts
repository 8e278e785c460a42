/**
 * Calling Plan minute pools (catalogue §3.8, A-13, A-14) and the PSTN minute pools report (MPR).
 *
 * - A pool is keyed by (pool country, Calling Plan type). The pool country is the user's license usage
 *   location (R-ASG-LOC), except that the United States and Puerto Rico share one pool ("US"), as the
 *   country table's `minutePoolKey` says.
 * - Its size is (number of ASSIGNED licenses of that plan type whose user is in that pool) x the per-license
 *   allowance of the country (A-13: assigned, not purchased, licenses; pooled per tenant, not per user).
 * - Usage is counted per UTC calendar month (see clock.ts `monthKey`); the caller keeps one
 *   `MinutePoolUsage` per month, so a new month starts from an empty record (the monthly reset).
 * - Domestic and International plans (MCOPSTN2) track domestic and international minutes separately.
 *   by default ("either") the pool is exhausted for ALL calls as soon as either counter reaches its cap
 *   (the literal "whichever is reached first"); "perCategory" stops only the exhausted category.
 *
 * Minutes are whole numbers. Nothing here reads a clock.
 */
import type { SkuPartNumber, UserSnapshot } from "./types";
import { findCountry } from "./countries";

export const CALLING_PLAN_SKUS = ["MCOPSTN1", "MCOPSTN2"] as const;
export type CallingPlanSku = (typeof CALLING_PLAN_SKUS)[number];
export type PoolPlanType = "domestic" | "domesticAndInternational";
export type PoolCounter = "domestic" | "international";

/** MCOPSTN1 = Domestic Calling Plan; MCOPSTN2 = Domestic and International Calling Plan. */
export const POOL_PLAN_TYPE: Readonly<Record<CallingPlanSku, PoolPlanType>> = {
  MCOPSTN1: "domestic",
  MCOPSTN2: "domesticAndInternational",
};

/** A-14 reading for Domestic and International pools. */
export type DiExhaustion = "either" | "perCategory";

export interface PoolOptions {
  /** Default "either": the literal "whichever is reached first". */
  diExhaustion?: DiExhaustion;
}

export const DEFAULT_DI_EXHAUSTION: DiExhaustion = "either";

/** Minutes used in one pool during one month; whole minutes, never negative. */
export interface PoolCounters {
  domesticMinutes: number;
  internationalMinutes: number;
}

/** One month's usage, keyed by `poolIdOf(poolKey, planSku)`, e.g. "US:MCOPSTN1". Missing key = nothing used. */
export type MinutePoolUsage = Readonly<Record<string, PoolCounters>>;

export interface MinutePool {
  /** `${poolKey}:${planSku}`, the key of `MinutePoolUsage`. */
  poolId: string;
  /** Pool country: ISO alpha-2, with US and PR sharing "US". */
  poolKey: string;
  planSku: CallingPlanSku;
  planType: PoolPlanType;
  /** Assigned licenses of this plan type whose user's usage location falls in this pool. */
  licenseCount: number;
  /** licenseCount x per-license allowance. International is 0 for Domestic plans. */
  allowance: PoolCounters;
  used: PoolCounters;
  /** Minutes still usable now per counter (0 once exhausted; A-14 applied). */
  left: PoolCounters;
  /** True when no counter can be drawn from any more this month. */
  exhausted: boolean;
}

export function isCallingPlanSku(sku: string): sku is CallingPlanSku {
  return (CALLING_PLAN_SKUS as readonly string[]).includes(sku);
}

export function poolIdOf(poolKey: string, planSku: CallingPlanSku): string {
  return `${poolKey}:${planSku}`;
}

/** The user's Calling Plan, or null. A user holds at most one (they are mutually exclusive, R-ASG-CP). */
export function findUserCallingPlan(licenses: readonly SkuPartNumber[]): CallingPlanSku | null {
  for (const sku of CALLING_PLAN_SKUS) if (licenses.includes(sku)) return sku;
  return null;
}

/** Pool country for a usage location (R-ASG-LOC), or null when the country has no Calling Plan minutes. */
export function findPoolKey(usageLocation: string | null): string | null {
  if (!usageLocation) return null;
  const country = findCountry(usageLocation);
  if (!country) return null;
  return country.minutePoolKey ?? null;
}

/** Per-license monthly allowance of a plan in a usage location's country (§3.8); zeros when none. */
export function findPerLicenseAllowance(usageLocation: string | null, planSku: CallingPlanSku): PoolCounters {
  const country = usageLocation ? findCountry(usageLocation) : undefined;
  const minutes = country?.callingPlanMinutes ?? null;
  if (!minutes) return { domesticMinutes: 0, internationalMinutes: 0 };
  if (planSku === "MCOPSTN1") return { domesticMinutes: minutes.domestic, internationalMinutes: 0 };
  return {
    domesticMinutes: minutes.domesticAndInternational.domestic,
    internationalMinutes: minutes.domesticAndInternational.international,
  };
}

const ZERO: PoolCounters = { domesticMinutes: 0, internationalMinutes: 0 };

function counterField(counter: PoolCounter): keyof PoolCounters {
  return counter === "domestic" ? "domesticMinutes" : "internationalMinutes";
}

/**
 * Minutes still usable now from one counter of a pool.
 * Domestic plans never cover international minutes (WC:37: those always go to Communications Credits).
 */
export function calculatePoolMinutesLeft(
  pool: Pick<MinutePool, "planType" | "allowance" | "used">,
  counter: PoolCounter,
  options: PoolOptions = {},
): number {
  const mode = options.diExhaustion ?? DEFAULT_DI_EXHAUSTION;
  const raw = (c: PoolCounter) => Math.max(0, pool.allowance[counterField(c)] - pool.used[counterField(c)]);
  if (pool.planType === "domestic") return counter === "domestic" ? raw("domestic") : 0;
  // A-14 literal: the D&I pool stops for every call once either counter is at its cap.
  if (mode === "either" && (raw("domestic") === 0 || raw("international") === 0)) return 0;
  return raw(counter);
}

/**
 * The tenant's minute pools for one month (MPR): every (pool country, plan type) with at least one assigned
 * license or some recorded usage, sorted by pool key then SKU.
 *
 * `input` is anything with the tenant's users (a TenantSnapshot extended with `users` fits). Users without a
 * usage location, or in a country without Calling Plan minutes, add no minutes to any pool.
 */
export function calculateMinutePools(
  input: { users: readonly UserSnapshot[] },
  usage: MinutePoolUsage = {},
  options: PoolOptions = {},
): MinutePool[] {
  const pools = new Map<string, { poolKey: string; planSku: CallingPlanSku; licenseCount: number; allowance: PoolCounters }>();
  const ensure = (poolKey: string, planSku: CallingPlanSku) => {
    const id = poolIdOf(poolKey, planSku);
    let pool = pools.get(id);
    if (!pool) {
      pool = { poolKey, planSku, licenseCount: 0, allowance: { ...ZERO } };
      pools.set(id, pool);
    }
    return pool;
  };

  for (const user of input.users) {
    const poolKey = findPoolKey(user.usageLocation);
    if (!poolKey) continue;
    for (const planSku of CALLING_PLAN_SKUS) {
      if (!user.licenses.includes(planSku)) continue;
      const pool = ensure(poolKey, planSku);
      const perLicense = findPerLicenseAllowance(user.usageLocation, planSku);
      pool.licenseCount += 1;
      pool.allowance.domesticMinutes += perLicense.domesticMinutes;
      pool.allowance.internationalMinutes += perLicense.internationalMinutes;
    }
  }

  // Usage recorded this month for a pool whose licenses have since been removed still shows (allowance 0).
  for (const id of Object.keys(usage)) {
    const sep = id.lastIndexOf(":");
    const poolKey = id.slice(0, sep);
    const planSku = id.slice(sep + 1);
    if (sep > 0 && isCallingPlanSku(planSku)) ensure(poolKey, planSku);
  }

  return [...pools.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([poolId, p]) => {
      const used = { ...ZERO, ...(usage[poolId] ?? {}) };
      const base = { planType: POOL_PLAN_TYPE[p.planSku], allowance: p.allowance, used };
      const left: PoolCounters = {
        domesticMinutes: calculatePoolMinutesLeft(base, "domestic", options),
        internationalMinutes: calculatePoolMinutesLeft(base, "international", options),
      };
      return {
        poolId,
        poolKey: p.poolKey,
        planSku: p.planSku,
        planType: base.planType,
        licenseCount: p.licenseCount,
        allowance: p.allowance,
        used,
        left,
        exhausted: left.domesticMinutes === 0 && left.internationalMinutes === 0,
      };
    });
}

/** A new usage record with `minutes` added to one counter of one pool (pure; the input is not changed). */
export function recordPoolUsage(usage: MinutePoolUsage, poolId: string, counter: PoolCounter, minutes: number): MinutePoolUsage {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a non-negative integer, got ${minutes}`);
  const current = usage[poolId] ?? ZERO;
  const field = counterField(counter);
  return { ...usage, [poolId]: { ...current, [field]: current[field] + minutes } };
}
