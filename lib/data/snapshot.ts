import "server-only";
import { DEFAULT_POLICY, type PlanSku, type SkuPartNumber, type TenantPolicy, type TenantSnapshot } from "@/lib/domain/types";
import type { Tx } from "./db";

/**
 * A plain snapshot of everything the rules need about a tenant, read inside the caller's transaction
 * so the decision and the write see the same state.
 */
export async function loadTenantSnapshot(tx: Tx, tenantId: string): Promise<TenantSnapshot | null> {
  return (await loadTenantSnapshotWithClock(tx, tenantId))?.snapshot ?? null;
}

/**
 * The snapshot, and from the same read the tenant's sandbox clock and credits account row (null before sign-up):
 * a write that needs all three reads the tenant once instead of three times.
 */
export async function loadTenantSnapshotWithClock(tx: Tx, tenantId: string) {
  const tenant = await readTenant(tx, tenantId);
  if (!tenant) return null;
  const counts = await tx.licenseAssignment.groupBy({ by: ["sku"], where: { tenantId }, _count: { _all: true } });
  return { snapshot: snapshotOfRow(tenant, counts), now: tenant.now, credits: tenant.credits };
}

function readTenant(tx: Tx, tenantId: string) {
  return tx.tenant.findUnique({
    where: { id: tenantId },
    include: { subscriptions: { where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }, credits: true },
  });
}

function snapshotOfRow(
  tenant: NonNullable<Awaited<ReturnType<typeof readTenant>>>,
  counts: { sku: string; _count: { _all: number } }[],
): TenantSnapshot {
  return {
    country: tenant.country,
    orgType: tenant.orgType as TenantSnapshot["orgType"],
    cloud: tenant.cloud as TenantSnapshot["cloud"],
    channel: tenant.channel as TenantSnapshot["channel"],
    commitment: tenant.commitment as TenantSnapshot["commitment"],
    plan: tenant.plan as PlanSku | null,
    subscriptions: tenant.subscriptions.map((s) => ({
      id: s.id,
      sku: s.sku as SkuPartNumber,
      quantity: s.quantity,
      commercial: s.commercial,
      status: s.status,
    })),
    assignedCounts: Object.fromEntries(counts.map((c) => [c.sku, c._count._all])) as TenantSnapshot["assignedCounts"],
    creditsEnabled: tenant.credits?.enabled ?? false,
    policy: parsePolicy(tenant.policyJson),
  };
}

/** The tenant's stored policy over the defaults (a policy saved before a new setting existed gets its default). */
export function parsePolicy(json: string): TenantPolicy {
  return { ...DEFAULT_POLICY, ...(JSON.parse(json) as Partial<TenantPolicy>) };
}
