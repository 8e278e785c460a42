import "server-only";
import type { Tx } from "./db";
import { newId, sqlDate as sqliteDate, sqlOf } from "./sql";

export { newId, sqliteDate };

/**
 * Multi-row INSERT for bulk writes: Prisma's createMany costs ~0.25 ms a row on SQLite, which puts a
 * 10,000-user change over its 2 s budget; one prepared statement per few hundred rows costs a fraction.
 * Table and column names are constants of this module, never input.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<number> {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const one = `(${columns.map(() => "?").join(", ")})`;
  let count = 0;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    count += await sqlOf(tx).run(`INSERT INTO "${table}" (${cols}) VALUES ${chunk.map(() => one).join(", ")}`, ...chunk.flat());
  }
  return count;
}

export interface NewAssignment {
  userId: string;
  sku: string;
  disabledPlans?: string[];
}

/** Inserts assignments in as few statements as the driver allows. */
export async function createAssignments(tx: Tx, tenantId: string, rows: readonly NewAssignment[]): Promise<number> {
  if (rows.length === 0) return 0;
  const now = sqliteDate(new Date());
  return insertRows(
    tx,
    "LicenseAssignment",
    ["id", "tenantId", "userId", "sku", "disabledPlansJson", "createdAt"],
    rows.map((r) => [newId(), tenantId, r.userId, r.sku, JSON.stringify(r.disabledPlans ?? []), now]),
  );
}

/** Removes `skus` from each of `userIds` (one statement per sku). */
export async function deleteAssignments(tx: Tx, tenantId: string, userIds: readonly string[], skus: readonly string[]): Promise<number> {
  let count = 0;
  const CHUNK = 5000;
  for (const sku of skus) {
    for (let i = 0; i < userIds.length; i += CHUNK) {
      const ids = userIds.slice(i, i + CHUNK);
      // Raw for the same reason as insertRows: one statement per few thousand rows.
      count += await sqlOf(tx).run(
        `DELETE FROM "LicenseAssignment" WHERE "tenantId" = ? AND "sku" = ? AND "userId" IN (${ids.map(() => "?").join(", ")})`,
        tenantId,
        sku,
        ...ids,
      );
    }
  }
  return count;
}

/** Deletes every (user, sku) pair listed. */
export async function deleteAssignmentPairs(tx: Tx, tenantId: string, pairs: readonly { userId: string; sku: string }[]): Promise<void> {
  const bySku = new Map<string, string[]>();
  for (const p of pairs) {
    const ids = bySku.get(p.sku);
    if (ids) ids.push(p.userId);
    else bySku.set(p.sku, [p.userId]);
  }
  for (const [sku, ids] of bySku) await deleteAssignments(tx, tenantId, ids, [sku]);
}

export async function updateDisabledPlans(tx: Tx, tenantId: string, userId: string, sku: string, disabledPlans: string[]): Promise<void> {
  await tx.licenseAssignment.updateMany({ where: { tenantId, userId, sku }, data: { disabledPlansJson: JSON.stringify(disabledPlans) } });
}

/** Seats of `sku` assigned in the tenant right now (the re-count guard after an insert). */
export async function countAssigned(tx: Tx, tenantId: string, sku: string): Promise<number> {
  return tx.licenseAssignment.count({ where: { tenantId, sku } });
}

/** The first users holding each sku (for the Licenses page), by display name. */
export async function findHolders(tx: Tx, tenantId: string, sku: string, take: number) {
  const rows = await tx.licenseAssignment.findMany({
    where: { tenantId, sku },
    select: { user: { select: { id: true, displayName: true, userPrincipalName: true } } },
    orderBy: [{ user: { displayName: "asc" } }, { userId: "asc" }], // same-named users: one answer on both databases
    take,
  });
  return rows.map((r) => r.user);
}

/** Subscriptions of the tenant (all statuses), for Graph's subscribedSkus. */
export async function findSubscriptions(tx: Tx, tenantId: string) {
  return tx.subscription.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
