/**
 * Small read-only questions about a TenantSnapshot that several decisions share.
 * "Owns" means: the plan includes it, or an active subscription with at least one seat exists.
 */
import { planIncludes } from "./catalog";
import { findCountry, type Country } from "./countries";
import type { SkuPartNumber, SubscriptionSnapshot, TenantSnapshot } from "./types";

type BySku = { length: number; subscriptions: Map<string, SubscriptionSnapshot[]>; seats: Map<string, number> };

/**
 * The active subscriptions of each sku, grouped once per subscriptions list: a decision asks about many skus
 * (a purchase's "unlocks" runs every offer), and a tenant that bought often holds hundreds of subscriptions.
 * Snapshots are not changed in place (decisions copy them); the length check re-groups a list that grew anyway.
 */
const grouped = new WeakMap<readonly SubscriptionSnapshot[], BySku>();

function bySku(s: TenantSnapshot): BySku {
  const cached = grouped.get(s.subscriptions);
  if (cached && cached.length === s.subscriptions.length) return cached;
  const subscriptions = new Map<string, SubscriptionSnapshot[]>();
  const seats = new Map<string, number>();
  for (const sub of s.subscriptions) {
    if (sub.status !== "active" || sub.quantity <= 0) continue;
    const list = subscriptions.get(sub.sku);
    if (list) list.push(sub);
    else subscriptions.set(sub.sku, [sub]);
    seats.set(sub.sku, (seats.get(sub.sku) ?? 0) + sub.quantity);
  }
  const fresh = { length: s.subscriptions.length, subscriptions, seats };
  grouped.set(s.subscriptions, fresh);
  return fresh;
}

export function activeSubscriptions(s: TenantSnapshot, sku: SkuPartNumber): SubscriptionSnapshot[] {
  return [...(bySku(s).subscriptions.get(sku) ?? [])];
}

/** Seats bought of `sku` on active subscriptions. */
export function activeSeats(s: TenantSnapshot, sku: SkuPartNumber): number {
  return bySku(s).seats.get(sku) ?? 0;
}

/** Seats assigned to users (Graph consumedUnits); 0 when absent. */
export function assignedSeats(s: TenantSnapshot, sku: SkuPartNumber): number {
  return s.assignedCounts[sku] ?? 0;
}

export function owns(s: TenantSnapshot, sku: SkuPartNumber): boolean {
  return planIncludes(s.plan, sku) || activeSeats(s, sku) > 0;
}

/** R-CP-1: Phone System owned as an add-on or included in the plan (E5, E5 without AC). */
export function ownsPhoneSystem(s: TenantSnapshot): boolean {
  return owns(s, "MCOEV");
}

export function ownsAudioConferencing(s: TenantSnapshot): boolean {
  return owns(s, "MCOMEETADV");
}

/** No plan includes a Calling Plan (catalogue §1): only a subscription counts. */
export function ownsCallingPlan(s: TenantSnapshot): boolean {
  return activeSeats(s, "MCOPSTN1") + activeSeats(s, "MCOPSTN2") > 0;
}

/** R-PART-1 / A-17: a purchased (commercial) E3 seat; Action Pack seats (commercial=false) don't count. */
export function hasCommercialE3Seat(s: TenantSnapshot): boolean {
  return activeSubscriptions(s, "ENTERPRISEPACK").some((sub) => sub.commercial);
}

export function tenantCountry(s: TenantSnapshot): Country | undefined {
  return findCountry(s.country);
}

/**
 * The same tenant with one subscription per (sku, status, commercial, has seats), quantities added up: every purchase
 * decision reads subscriptions only through those three and the seat totals, so it decides the same on both
 * (lib/domain/offers.property.test.ts checks it), and a tenant that bought a hundred times costs what one that
 * bought once does. Not for decisions about one subscription (seat changes, cancelling): they need the real ones.
 */
export function withMergedSubscriptions(s: TenantSnapshot): TenantSnapshot {
  const merged = new Map<string, SubscriptionSnapshot>();
  for (const sub of s.subscriptions) {
    // Everything a decision filters on is in the key, and entries keep the order of their group's first member,
    // so every filtered list meets the skus in the same order as on the real subscriptions.
    const key = `${sub.sku}|${sub.status}|${sub.commercial}|${sub.quantity > 0}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, quantity: seen.quantity + sub.quantity } : { ...sub });
  }
  return merged.size === s.subscriptions.length ? s : { ...s, subscriptions: [...merged.values()] };
}
