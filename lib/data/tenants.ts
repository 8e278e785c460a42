import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { Tx } from "./db";

export async function findMembership(tx: Tx, tenantId: string, accountId: string) {
  return tx.membership.findUnique({ where: { tenantId_accountId: { tenantId, accountId } } });
}

export async function findTenantsForAccount(tx: Tx, accountId: string) {
  return tx.membership.findMany({
    where: { accountId },
    include: { tenant: true },
    orderBy: { tenant: { name: "asc" } },
  });
}

export async function findTenant(tx: Tx, tenantId: string) {
  return tx.tenant.findUnique({ where: { id: tenantId } });
}

export async function findTenantDetail(tx: Tx, tenantId: string) {
  return tx.tenant.findUnique({
    where: { id: tenantId },
    include: {
      subscriptions: { where: { tenantId }, orderBy: { createdAt: "asc" } },
      credits: true,
    },
  });
}

export async function countAssignmentsBySku(tx: Tx, tenantId: string): Promise<Record<string, number>> {
  const rows = await tx.licenseAssignment.groupBy({ by: ["sku"], where: { tenantId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.sku, r._count._all]));
}

export async function findMembers(tx: Tx, tenantId: string) {
  return tx.membership.findMany({
    where: { tenantId },
    include: { account: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export async function upsertMembership(tx: Tx, tenantId: string, accountId: string, role: Role) {
  return tx.membership.upsert({
    where: { tenantId_accountId: { tenantId, accountId } },
    create: { tenantId, accountId, role },
    update: { role },
  });
}

/** The sandbox clock of the tenant; null when the tenant is gone. */
export async function findTenantClock(tx: Tx, tenantId: string): Promise<Date | null> {
  const t = await tx.tenant.findUnique({ where: { id: tenantId }, select: { now: true } });
  return t?.now ?? null;
}
