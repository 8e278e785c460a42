/**
 * Test-only helpers for building tenant snapshots (imported by *.test.ts files only).
 */
import { makeSnapshot, type SnapshotOverrides } from "./fixtures";
import type { SkuPartNumber, TenantSnapshot } from "./types";

/** Adds one active, commercial subscription per sku with the given seats. */
export function withSubscriptions(s: TenantSnapshot, seats: Partial<Record<SkuPartNumber, number>>, commercial = true): TenantSnapshot {
  const added = Object.entries(seats).map(([sku, quantity]) => ({
    id: `sub-${sku.toLowerCase()}-${s.subscriptions.length}`,
    sku: sku as SkuPartNumber,
    quantity: quantity ?? 0,
    commercial,
    status: "active" as const,
  }));
  return { ...s, subscriptions: [...s.subscriptions, ...added] };
}

export function tenant(overrides: SnapshotOverrides = {}, addOns: Partial<Record<SkuPartNumber, number>> = {}): TenantSnapshot {
  return withSubscriptions(makeSnapshot(overrides), addOns);
}
