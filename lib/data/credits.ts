import "server-only";
import type { NotificationKind, LedgerType } from "@/generated/prisma/client";
import type { MinutePoolUsage } from "@/lib/domain/pools";
import type { SkuPartNumber, UserSnapshot } from "@/lib/domain/types";
import type { Tx } from "./db";

/** The tenant's credits account; tenants made before credits existed get an empty one. */
export async function ensureCreditsAccount(tx: Tx, tenantId: string) {
  const found = await tx.creditsAccount.findUnique({ where: { tenantId } });
  return found ?? tx.creditsAccount.upsert({ where: { tenantId }, create: { tenantId }, update: {} });
}
export type CreditsAccountRow = Awaited<ReturnType<typeof ensureCreditsAccount>>;

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
  const res = await tx.creditsAccount.updateMany({
    where: { tenantId, version: readVersion },
    data: { ...data, version: { increment: 1 } },
  });
  return res.count === 1;
}

export interface NewLedgerEntry {
  seq: number;
  at: Date;
  type: LedgerType;
  amountCents: number;
  balanceAfterCents: number;
  description: string;
  expiresAt?: Date | null;
}

export async function createLedgerEntry(tx: Tx, tenantId: string, entry: NewLedgerEntry) {
  return tx.creditsLedgerEntry.create({ data: { tenantId, ...entry } });
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
  return tx.creditLot.create({ data: { tenantId, ...lot } });
}

/** Lots that still hold funds, oldest first. */
export async function findOpenLots(tx: Tx, tenantId: string) {
  return tx.creditLot.findMany({ where: { tenantId, remainingCents: { gt: 0 } }, orderBy: [{ addedAt: "asc" }, { id: "asc" }] });
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
  const res = await tx.creditLot.updateMany({
    where: { id: lotId, tenantId, remainingCents: expectedRemaining },
    data: { remainingCents },
  });
  return res.count === 1;
}

/** Every directory user as the rules see them (usage location, PSTN, licenses). */
export async function findUserSnapshots(tx: Tx, tenantId: string) {
  const rows = await tx.directoryUser.findMany({
    where: { tenantId },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    include: { assignments: { where: { tenantId }, select: { sku: true } } },
  });
  return rows.map((u) => ({
    snapshot: {
      id: u.id,
      usageLocation: u.usageLocation,
      pstnConnectivity: u.pstnConnectivity,
      kind: u.kind,
      licenses: u.assignments.map((a) => a.sku as SkuPartNumber),
    } satisfies UserSnapshot,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
  }));
}

export async function findPoolUsage(tx: Tx, tenantId: string, month: string): Promise<MinutePoolUsage> {
  const rows = await tx.minutePoolUsage.findMany({ where: { tenantId, month } });
  return Object.fromEntries(
    rows.map((r) => [r.poolId, { domesticMinutes: r.domesticMinutes, internationalMinutes: r.internationalMinutes }]),
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
  await tx.minutePoolUsage.upsert({
    where: { tenantId_month_poolId: { tenantId, month, poolId } },
    create: { tenantId, month, poolId, [field]: minutes },
    update: { [field]: { increment: minutes } },
  });
}

export async function createNotification(
  tx: Tx,
  tenantId: string,
  n: { at: Date; kind: NotificationKind; message: string; details?: Record<string, unknown> },
) {
  return tx.notification.create({
    data: { tenantId, at: n.at, kind: n.kind, message: n.message, detailsJson: JSON.stringify(n.details ?? {}) },
  });
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
