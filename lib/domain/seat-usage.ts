/**
 * Seats (R-ASG-SEAT, R-CC-3): how many of each sku are bought, assigned and free, per sku and per subscription.
 * Pure; the assignment decisions (assignment.ts), the subscriptions page and the tenant document all count with it.
 */
import { activeSeats, assignedSeats } from "./tenant";
import { ALL_SKUS, type SkuPartNumber, type TenantSnapshot } from "./types";

export interface SeatUsage {
  sku: SkuPartNumber;
  /** Seats on active subscriptions; null when unlimited (Communications Credits, R-CC-3). */
  purchased: number | null;
  assigned: number;
  /** purchased - assigned (may be negative if the stored data is inconsistent); null when unlimited. */
  available: number | null;
  unlimited: boolean;
}

/** The Communications Credits license (skuPartNumber MCOPSTNC, alias MCOPSTNPP). */
export const CREDITS_SKU: SkuPartNumber = "MCOPSTNC";

export function seatsUnlimited(snapshot: TenantSnapshot, sku: SkuPartNumber): boolean {
  // R-CC-3: once Communications Credits are set up there are as many licenses as users.
  return sku === CREDITS_SKU && snapshot.creditsEnabled;
}

/**
 * Seats per SKU (R-ASG-SEAT): purchased = seats on active subscriptions of that sku (all of them summed;
 * the tenant's plan is a subscription of the plan sku, suspended subscriptions don't count), assigned =
 * Graph's consumedUnits. Lists every sku that has seats, assignments, or is unlimited.
 */
export function calculateSeatUsage(snapshot: TenantSnapshot): SeatUsage[] {
  return ALL_SKUS.flatMap((sku): SeatUsage[] => {
    const assigned = assignedSeats(snapshot, sku);
    if (seatsUnlimited(snapshot, sku)) return [{ sku, purchased: null, assigned, available: null, unlimited: true }];
    const purchased = activeSeats(snapshot, sku);
    if (purchased === 0 && assigned === 0) return [];
    return [{ sku, purchased, assigned, available: purchased - assigned, unlimited: false }];
  });
}

/** One subscription's share of its sku's assigned seats. */
export interface SubscriptionUsage {
  subscriptionId: string;
  assigned: number;
  /** null when the sku's licenses are unlimited (Communications Credits, R-CC-3). */
  available: number | null;
}

/**
 * Per subscription, so that the figures add up: a sku's assigned seats fill its active subscriptions in
 * order (Graph counts per sku; a subscription list must not repeat the sku's total on every line). Seats
 * assigned beyond what was bought stay on the last active subscription. Suspended ones hold none.
 */
export function calculateSubscriptionUsage(
  snapshot: Pick<TenantSnapshot, "subscriptions" | "assignedCounts" | "creditsEnabled">,
): SubscriptionUsage[] {
  const remaining = new Map<SkuPartNumber, number>();
  const lastActive = new Map<SkuPartNumber, string>();
  for (const sub of snapshot.subscriptions) if (sub.status === "active") lastActive.set(sub.sku, sub.id);
  return snapshot.subscriptions.map((sub) => {
    if (sub.status !== "active") return { subscriptionId: sub.id, assigned: 0, available: 0 };
    const left = remaining.get(sub.sku) ?? snapshot.assignedCounts[sub.sku] ?? 0;
    if (sub.sku === CREDITS_SKU && snapshot.creditsEnabled) {
      remaining.set(sub.sku, 0);
      return { subscriptionId: sub.id, assigned: left, available: null };
    }
    const assigned = lastActive.get(sub.sku) === sub.id ? left : Math.min(left, sub.quantity);
    remaining.set(sub.sku, left - assigned);
    return { subscriptionId: sub.id, assigned, available: Math.max(0, sub.quantity - assigned) };
  });
}

/** Free seats of one sku; Infinity when unlimited. */
export function calculateAvailableSeats(snapshot: TenantSnapshot, sku: SkuPartNumber): number {
  if (seatsUnlimited(snapshot, sku)) return Number.POSITIVE_INFINITY;
  return activeSeats(snapshot, sku) - assignedSeats(snapshot, sku);
}
