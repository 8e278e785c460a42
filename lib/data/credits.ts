import "server-only";
import type { NotificationKind, LedgerType } from "@/generated/prisma/client";
import type { MinutePoolUsage } from "@/lib/domain/pools";
import type { SkuPartNumber, UserSnapshot } from "@/lib/domain/types";
import { getDb, type Db, type Tx } from "./db";
import { newId, consistently, sqlOf, toBool, toDate, toDateOrNull, toInt } from "./sql";

export interface CreditsAccountRow {
  id: string;
  tenantId: string;
  enabled: boolean;
  balanceCents: number;
  autoRechargeEnabled: boolean;
  thresholdCents: number;
  rechargeAmountCents: number;
  paymentMethod: string;
  consecutiveFailures: number;
  lastFailureAt: Date | null;
  version: number;
  ledgerSeq: number;
}

/** A credits account as read by hand-written SQL (its columns named `prefix` + column, CREDITS_COLUMNS); null if absent. */
export function creditsAccountOfRow(r: Record<string, unknown>, prefix = ""): CreditsAccountRow | null {
  const col = (c: (typeof CREDITS_COLUMNS)[number]) => r[`${prefix}${c}`];
  if (col("id") === null || col("id") === undefined) return null;
  return {
    id: String(col("id")),
    tenantId: String(col("tenantId")),
    enabled: toBool(col("enabled")),
    balanceCents: toInt(col("balanceCents")),
    autoRechargeEnabled: toBool(col("autoRechargeEnabled")),
    thresholdCents: toInt(col("thresholdCents")),
    rechargeAmountCents: toInt(col("rechargeAmountCents")),
    paymentMethod: String(col("paymentMethod")),
    consecutiveFailures: toInt(col("consecutiveFailures")),
    lastFailureAt: toDateOrNull(col("lastFailureAt")),
    version: toInt(col("version")),
    ledgerSeq: toInt(col("ledgerSeq")),
  };
}

/** The tenant's credits account; tenants made before credits existed get an empty one (the columns' defaults). */
export async function ensureCreditsAccount(q: Db | Tx, tenantId: string): Promise<CreditsAccountRow> {
  const sql = sqlOf(q);
  const found = creditsAccountOfRow((await sql.get<Record<string, unknown>>(ACCOUNT_SQL, tenantId)) ?? {});
  if (found) return found;
  if (q === getDb()) {
    // Outside a transaction (a report): Prisma writes it in a short transaction of its own.
    return (await q.creditsAccount.upsert({ where: { tenantId }, create: { tenantId }, update: {} })) as CreditsAccountRow;
  }
  await sql.run(`INSERT INTO "CreditsAccount" ("id", "tenantId") VALUES (?, ?) ON CONFLICT ("tenantId") DO NOTHING`, newId(), tenantId);
  return creditsAccountOfRow((await sql.get<Record<string, unknown>>(ACCOUNT_SQL, tenantId)) ?? {}) as CreditsAccountRow;
}

/**
 * The optimistic-concurrency guard: the account changes only if nobody changed it since it was read.
 * Returns false when another writer got there first (the caller retries from a fresh read).
 */
export async function updateCreditsAccountIfUnchanged(
  tx: Tx,
  tenantId: string,
  readVersion: number,
  data: {
    balanceCents?: number;
    ledgerSeq?: number;
    enabled?: boolean;
    autoRechargeEnabled?: boolean;
    thresholdCents?: number;
    rechargeAmountCents?: number;
    paymentMethod?: string;
    consecutiveFailures?: number;
    lastFailureAt?: Date | null;
  },
): Promise<boolean> {
  // Hand-written (every call and funding writes it): column names come from ACCOUNT_COLUMNS, never from input.
  const set = Object.entries(data).filter(([k, v]) => ACCOUNT_COLUMNS.has(k) && v !== undefined);
  const changed = await sqlOf(tx).run(
    `UPDATE "CreditsAccount" SET ${set.map(([k]) => `"${k}" = ?, `).join("")}"version" = "version" + 1 WHERE "tenantId" = ? AND "version" = ?`,
    ...set.map(([, v]) => v),
    tenantId,
    readVersion,
  );
  return changed === 1;
}

/** The credits account's columns, as lib/data/snapshot.ts reads them; all but the first two and the version can be set here. */
export const CREDITS_COLUMNS = [
  "id",
  "tenantId",
  "enabled",
  "balanceCents",
  "autoRechargeEnabled",
  "thresholdCents",
  "rechargeAmountCents",
  "paymentMethod",
  "consecutiveFailures",
  "lastFailureAt",
  "version",
  "ledgerSeq",
] as const;
const ACCOUNT_SQL = `SELECT ${CREDITS_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "CreditsAccount" WHERE "tenantId" = ?`;
const ACCOUNT_COLUMNS = new Set<string>(CREDITS_COLUMNS.filter((c) => c !== "id" && c !== "tenantId" && c !== "version"));

export interface NewLedgerEntry {
  seq: number;
  at: Date;
  type: LedgerType;
  amountCents: number;
  balanceAfterCents: number;
  description: string;
  expiresAt?: Date | null;
}

/** Appends one entry (hand-written: every charged call writes one). */
export async function createLedgerEntry(tx: Tx, tenantId: string, entry: NewLedgerEntry) {
  const row = { id: newId(), tenantId, ...entry, expiresAt: entry.expiresAt ?? null };
  await sqlOf(tx).run(
    `INSERT INTO "CreditsLedgerEntry" ("id", "tenantId", "at", "type", "amountCents", "balanceAfterCents", "description", "expiresAt", "seq")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    row.id,
    tenantId,
    row.at,
    row.type,
    row.amountCents,
    row.balanceAfterCents,
    row.description,
    row.expiresAt,
    row.seq,
  );
  return row;
}

export async function findLedger(tx: Tx, tenantId: string, opts: { type?: LedgerType; take?: number; order?: "asc" | "desc" } = {}) {
  const order = opts.order ?? "desc";
  return tx.creditsLedgerEntry.findMany({
    where: { tenantId, ...(opts.type ? { type: opts.type } : {}) },
    orderBy: [{ seq: order }, { at: order }, { id: order }],
    ...(opts.take ? { take: opts.take } : {}),
  });
}

export async function countLedger(tx: Tx, tenantId: string, type?: LedgerType): Promise<number> {
  return tx.creditsLedgerEntry.count({ where: { tenantId, ...(type ? { type } : {}) } });
}

export async function createCreditLot(
  tx: Tx,
  tenantId: string,
  lot: { ledgerEntryId: string; addedAt: Date; expiresAt: Date; amountCents: number; remainingCents: number },
) {
  // Hand-written: an auto-recharge adds one inside a call's transaction.
  const row = { id: newId(), tenantId, ...lot };
  await sqlOf(tx).run(
    `INSERT INTO "CreditLot" ("id", "tenantId", "ledgerEntryId", "addedAt", "expiresAt", "amountCents", "remainingCents")
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    row.id,
    tenantId,
    row.ledgerEntryId,
    row.addedAt,
    row.expiresAt,
    row.amountCents,
    row.remainingCents,
  );
  return row;
}

/** Lots that still hold funds, oldest first (hand-written: every charged call reads them). */
export async function findOpenLots(tx: Db | Tx, tenantId: string) {
  const rows = await sqlOf(tx).all<Record<string, unknown>>(
    `SELECT "id", "tenantId", "ledgerEntryId", "addedAt", "expiresAt", "amountCents", "remainingCents" FROM "CreditLot"
     WHERE "tenantId" = ? AND "remainingCents" > 0 ORDER BY "addedAt" ASC, "id" ASC`,
    tenantId,
  );
  return rows.map((r) => ({
    id: String(r.id),
    tenantId: String(r.tenantId),
    ledgerEntryId: String(r.ledgerEntryId),
    addedAt: toDate(r.addedAt),
    expiresAt: toDate(r.expiresAt),
    amountCents: toInt(r.amountCents),
    remainingCents: toInt(r.remainingCents),
  }));
}

export async function findAllLots(tx: Tx, tenantId: string) {
  return tx.creditLot.findMany({ where: { tenantId }, orderBy: [{ addedAt: "asc" }, { id: "asc" }] });
}

/** Sets a lot's remaining funds only if it still holds what was read (false otherwise). */
export async function updateLotIfUnchanged(
  tx: Tx,
  tenantId: string,
  lotId: string,
  expectedRemaining: number,
  remainingCents: number,
): Promise<boolean> {
  const changed = await sqlOf(tx).run(
    `UPDATE "CreditLot" SET "remainingCents" = ? WHERE "id" = ? AND "tenantId" = ? AND "remainingCents" = ?`,
    remainingCents,
    lotId,
    tenantId,
    expectedRemaining,
  );
  return changed === 1;
}

/**
 * Directory users as the rules see them (usage location, PSTN, licenses), by display name; each user's licenses in
 * the order they were assigned. Hand-written: every call reads them. Every user of the tenant, or with `only`
 * just the users holding one of `only.skus` and the user `only.userId`: a call needs the caller and the Calling
 * Plan holders (the only users who add minutes to a pool), not the other 10,000.
 */
export async function findUserSnapshots(tx: Db | Tx, tenantId: string, only?: { skus: readonly string[]; userId: string }) {
  return consistently(tx, async (sql) => {
    // With `only`: the ids first (the user, and the holders through the (tenantId, sku) index), then each user and
    // its assignments by key, so the cost follows the users read, not the tenant's size. A user id of another
    // tenant is dropped below (the caller is then not found).
    const ids = only
      ? `SELECT CAST(? AS TEXT) UNION SELECT "userId" FROM "LicenseAssignment" WHERE "tenantId" = ? AND "sku" IN (${only.skus.map(() => "?").join(", ")})`
      : "";
    const idArgs = only ? [only.userId, tenantId, ...only.skus] : [];
    const users = (
      await sql.all<UserRow & { tenantId: string }>(
        `SELECT "id", "tenantId", "userPrincipalName", "displayName", "usageLocation", "pstnConnectivity", "kind" FROM "DirectoryUser"
         WHERE ${only ? `"id" IN (${ids})` : `"tenantId" = ?`} ORDER BY "displayName" ASC, "id" ASC`,
        ...(only ? idArgs : [tenantId]),
      )
    ).filter((u) => u.tenantId === tenantId);
    const assignments = await sql.all<{ userId: string; sku: string }>(
      `SELECT "userId", "sku" FROM "LicenseAssignment" WHERE ${only ? `"userId" IN (${ids})` : `"tenantId" = ?`}
       ORDER BY "createdAt" ASC, "id" ASC`,
      ...(only ? idArgs : [tenantId]),
    );
    const licenses = new Map<string, SkuPartNumber[]>();
    for (const a of assignments) {
      const list = licenses.get(a.userId);
      if (list) list.push(a.sku as SkuPartNumber);
      else licenses.set(a.userId, [a.sku as SkuPartNumber]);
    }
    return users.map((u) => ({
      snapshot: {
        id: u.id,
        usageLocation: u.usageLocation,
        pstnConnectivity: u.pstnConnectivity,
        kind: u.kind,
        licenses: licenses.get(u.id) ?? [],
      } satisfies UserSnapshot,
      displayName: u.displayName,
      userPrincipalName: u.userPrincipalName,
    }));
  });
}

type UserRow = {
  id: string;
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  pstnConnectivity: UserSnapshot["pstnConnectivity"];
  kind: UserSnapshot["kind"];
};

export async function findPoolUsage(tx: Db | Tx, tenantId: string, month: string): Promise<MinutePoolUsage> {
  const rows = await sqlOf(tx).all<{ poolId: string; domesticMinutes: unknown; internationalMinutes: unknown }>(
    `SELECT "poolId", "domesticMinutes", "internationalMinutes" FROM "MinutePoolUsage" WHERE "tenantId" = ? AND "month" = ?`,
    tenantId,
    month,
  );
  return Object.fromEntries(
    rows.map((r) => [r.poolId, { domesticMinutes: toInt(r.domesticMinutes), internationalMinutes: toInt(r.internationalMinutes) }]),
  );
}

export async function addPoolUsage(
  tx: Tx,
  tenantId: string,
  month: string,
  poolId: string,
  counter: "domestic" | "international",
  minutes: number,
) {
  const field = counter === "domestic" ? "domesticMinutes" : "internationalMinutes";
  await sqlOf(tx).run(
    `INSERT INTO "MinutePoolUsage" ("id", "tenantId", "month", "poolId", "${field}") VALUES (?, ?, ?, ?, ?)
     ON CONFLICT ("tenantId", "month", "poolId") DO UPDATE SET "${field}" = "MinutePoolUsage"."${field}" + ?`,
    newId(),
    tenantId,
    month,
    poolId,
    minutes,
    minutes,
  );
}

export async function createNotification(
  tx: Tx,
  tenantId: string,
  n: { at: Date; kind: NotificationKind; message: string; details?: Record<string, unknown> },
) {
  // Hand-written: an auto-recharge raises one inside a call's transaction. createdAt is written here, as Prisma
  // writes it (the column's SQL default has another text format, which would sort apart).
  const row = {
    id: newId(),
    tenantId,
    at: n.at,
    kind: n.kind,
    message: n.message,
    detailsJson: JSON.stringify(n.details ?? {}),
    createdAt: new Date(),
  };
  await sqlOf(tx).run(
    `INSERT INTO "Notification" ("id", "tenantId", "at", "kind", "message", "detailsJson", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    row.id,
    tenantId,
    row.at,
    row.kind,
    row.message,
    row.detailsJson,
    row.createdAt,
  );
  return row;
}

export async function findNotifications(tx: Tx, tenantId: string, take = 50) {
  return tx.notification.findMany({ where: { tenantId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
}

/** Moves the sandbox clock only if it still shows what was read (false when another advance won). */
export async function updateTenantClockIfUnchanged(tx: Tx, tenantId: string, from: Date, to: Date): Promise<boolean> {
  const res = await tx.tenant.updateMany({ where: { id: tenantId, now: from }, data: { now: to } });
  return res.count === 1;
}

export async function findRenewableSubscriptions(tx: Tx, tenantId: string, upTo: Date) {
  return tx.subscription.findMany({
    where: { tenantId, status: "active", renewsAt: { lte: upTo } },
    orderBy: [{ renewsAt: "asc" }, { id: "asc" }],
  });
}

export async function updateSubscriptionRenewal(tx: Tx, tenantId: string, subscriptionId: string, renewsAt: Date) {
  await tx.subscription.updateMany({ where: { id: subscriptionId, tenantId }, data: { renewsAt } });
}
