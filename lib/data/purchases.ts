import "server-only";
import type { Tx } from "./db";
import { newId, sqlOf } from "./sql";

/** Writes and reads of purchases, subscriptions and plan switches; every query carries tenantId. */

export async function insertSubscription(
  tx: Tx,
  tenantId: string,
  data: { sku: string; quantity: number; commercial: boolean; term: "monthly" | "annual"; createdAt: Date; renewsAt: Date },
) {
  // Hand-written, as every purchase writes one (lib/data/sql.ts).
  const row = { id: newId(), tenantId, ...data, status: "active" as const };
  await sqlOf(tx).run(
    `INSERT INTO "Subscription" ("id", "tenantId", "sku", "quantity", "commercial", "status", "term", "createdAt", "renewsAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.id,
    tenantId,
    row.sku,
    row.quantity,
    row.commercial,
    row.status,
    row.term,
    row.createdAt,
    row.renewsAt,
  );
  return row;
}

export async function insertPurchase(
  tx: Tx,
  tenantId: string,
  data: {
    sku: string;
    quantity: number;
    unitPriceCents: number;
    amountCents: number | null;
    subscriptionId: string;
    actorEmail: string;
    at: Date;
  },
) {
  const row = { id: newId(), tenantId, ...data };
  await sqlOf(tx).run(
    `INSERT INTO "Purchase" ("id", "tenantId", "sku", "quantity", "unitPriceCents", "amountCents", "subscriptionId", "actorEmail", "at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.id,
    tenantId,
    row.sku,
    row.quantity,
    row.unitPriceCents,
    row.amountCents,
    row.subscriptionId,
    row.actorEmail,
    row.at,
  );
  return row;
}

export async function findPurchase(tx: Tx, tenantId: string, purchaseId: string) {
  return tx.purchase.findFirst({ where: { id: purchaseId, tenantId } });
}

export async function findSubscription(tx: Tx, tenantId: string, subscriptionId: string) {
  return tx.subscription.findFirst({ where: { id: subscriptionId, tenantId } });
}

export async function updateSubscriptionQuantity(tx: Tx, tenantId: string, subscriptionId: string, quantity: number): Promise<void> {
  await tx.subscription.update({ where: { id: subscriptionId, tenantId }, data: { quantity } });
}

/** The tenant's plan (and channel, when a switch leaves GoDaddy). */
export async function updateTenantPlan(tx: Tx, tenantId: string, plan: string, channel?: string): Promise<void> {
  await tx.tenant.update({ where: { id: tenantId }, data: channel === undefined ? { plan } : { plan, channel } });
}

/** Holders of a sku, oldest assignment first (the order a plan switch keeps them in). */
export async function findAssignmentsOfSku(tx: Tx, tenantId: string, sku: string): Promise<{ id: string; userId: string }[]> {
  return tx.licenseAssignment.findMany({
    where: { tenantId, sku },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true },
  });
}

/** Which of these users already hold the sku. */
export async function findUsersHolding(tx: Tx, tenantId: string, sku: string, userIds: readonly string[]): Promise<Set<string>> {
  const rows = await tx.licenseAssignment.findMany({ where: { tenantId, sku, userId: { in: [...userIds] } }, select: { userId: true } });
  return new Set(rows.map((r) => r.userId));
}

/** A plan switch: the subscriptions and the kept assignments become the target sku, the others go. */
export async function moveToSku(
  tx: Tx,
  tenantId: string,
  to: string,
  move: { subscriptionIds: readonly string[]; assignmentIds: readonly string[]; dropAssignmentIds: readonly string[] },
): Promise<void> {
  for (const id of move.subscriptionIds) await tx.subscription.update({ where: { id, tenantId }, data: { sku: to } });
  if (move.dropAssignmentIds.length > 0)
    await tx.licenseAssignment.deleteMany({ where: { tenantId, id: { in: [...move.dropAssignmentIds] } } });
  for (const id of move.assignmentIds) await tx.licenseAssignment.update({ where: { id, tenantId }, data: { sku: to } });
}
