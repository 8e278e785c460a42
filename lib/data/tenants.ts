import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { Db, Tx } from "./db";
import { sqlOf } from "./sql";

/** The account's role in the tenant (every tenant request asks: hand-written SQL, lib/data/sql.ts). */
export async function findMembership(tx: Db | Tx, tenantId: string, accountId: string): Promise<{ role: string } | null> {
  const row = await sqlOf(tx).get<{ role: string }>(
    `SELECT "role" FROM "Membership" WHERE "tenantId" = ? AND "accountId" = ?`,
    tenantId,
    accountId,
  );
  return row ?? null;
}

export async function findTenantsForAccount(tx: Tx, accountId: string) {
  return tx.membership.findMany({
    where: { accountId },
    include: { tenant: true },
    orderBy: [{ tenant: { name: "asc" } }, { tenantId: "asc" }], // class copies share a name
  });
}

export async function findTenant(tx: Tx, tenantId: string) {
  return tx.tenant.findUnique({ where: { id: tenantId } });
}

export async function findMembers(tx: Tx, tenantId: string) {
  return tx.membership.findMany({
    where: { tenantId },
    include: { account: { select: { id: true, email: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
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

export interface TenantFields {
  name: string;
  country: string;
  orgType: string;
  cloud: string;
  channel: string;
  commitment: string;
  plan: string | null;
}

/** A new tenant with its first Global admin. */
export async function insertTenant(
  tx: Tx,
  data: TenantFields & { policyJson: string; now: Date; initialJson: string },
  adminAccountId: string,
) {
  const tenant = await tx.tenant.create({ data });
  await tx.membership.create({ data: { tenantId: tenant.id, accountId: adminAccountId, role: "GLOBAL_ADMIN" } });
  return tenant;
}

export async function updateTenantRow(
  tx: Tx,
  tenantId: string,
  data: Partial<TenantFields> & { policyJson?: string; now?: Date },
): Promise<void> {
  await tx.tenant.update({ where: { id: tenantId }, data });
}

export async function updateSubscriptionFields(
  tx: Tx,
  tenantId: string,
  subscriptionId: string,
  data: { commercial?: boolean; term?: "monthly" | "annual" },
): Promise<void> {
  await tx.subscription.update({ where: { id: subscriptionId, tenantId }, data });
}

/** The audit trail goes with the tenant (cascade). */
export async function deleteTenantRow(tx: Tx, tenantId: string): Promise<void> {
  await tx.tenant.delete({ where: { id: tenantId } });
}

/** Everything a tenant holds except its settings, memberships and audit trail (a reset starts from here). */
export async function clearTenantContents(tx: Tx, tenantId: string): Promise<void> {
  await tx.licenseAssignment.deleteMany({ where: { tenantId } });
  await tx.directoryUser.deleteMany({ where: { tenantId } });
  await tx.subscription.deleteMany({ where: { tenantId } });
  await tx.creditsLedgerEntry.deleteMany({ where: { tenantId } });
  await tx.creditsAccount.deleteMany({ where: { tenantId } });
  await tx.idempotencyRecord.deleteMany({ where: { tenantId } });
  await tx.purchase.deleteMany({ where: { tenantId } });
  await tx.creditLot.deleteMany({ where: { tenantId } });
  await tx.minutePoolUsage.deleteMany({ where: { tenantId } });
  await tx.notification.deleteMany({ where: { tenantId } });
}

export interface TenantContents {
  subscriptions: { sku: string; quantity: number; commercial: boolean; term: "monthly" | "annual"; createdAt: Date; renewsAt: Date }[];
  users: {
    userPrincipalName: string;
    displayName: string;
    usageLocation: string | null;
    pstnConnectivity: "online" | "onPremises";
    kind: "person" | "room";
    licenses: string[];
  }[];
}

/** Subscriptions, users and their licenses of a tenant's initial state, and its (empty) credits account. */
export async function insertTenantContents(tx: Tx, tenantId: string, contents: TenantContents): Promise<void> {
  for (const s of contents.subscriptions) await tx.subscription.create({ data: { tenantId, ...s } });
  for (const { licenses, ...u } of contents.users) {
    const user = await tx.directoryUser.create({ data: { tenantId, ...u } });
    for (const sku of licenses) await tx.licenseAssignment.create({ data: { tenantId, userId: user.id, sku } });
  }
  await tx.creditsAccount.create({ data: { tenantId } });
}

export async function findAccountIdByEmail(tx: Tx, email: string) {
  return tx.account.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
}

export async function countGlobalAdmins(tx: Tx, tenantId: string): Promise<number> {
  return tx.membership.count({ where: { tenantId, role: "GLOBAL_ADMIN" } });
}
