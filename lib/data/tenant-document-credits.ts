import "server-only";
import type { DocumentCredits } from "@/lib/domain/tenant-document";
import type { Tx } from "./db";
import { cents, orderedIds } from "./document-rows";
import { insertRows, sqliteDate } from "./licenses";

/** Writes a document's Communications Credits (account, ledger, lots, pools, notifications) into a tenant that holds none. */
export async function writeCredits(tx: Tx, tenantId: string, c: DocumentCredits, version: number): Promise<void> {
  await tx.creditsAccount.create({
    data: {
      tenantId,
      enabled: c.enabled,
      balanceCents: cents(c.balance),
      autoRechargeEnabled: c.autoRecharge.enabled,
      thresholdCents: cents(c.autoRecharge.threshold),
      rechargeAmountCents: cents(c.autoRecharge.amount),
      paymentMethod: c.paymentCard.outcome,
      consecutiveFailures: c.paymentCard.consecutiveFailures,
      lastFailureAt: c.paymentCard.lastFailureAt ? new Date(c.paymentCard.lastFailureAt) : null,
      version,
      ledgerSeq: c.ledger.length > 0 ? c.ledger[c.ledger.length - 1].seq : 0,
    },
  });
  const entryIds = orderedIds(c.ledger.length);
  const idOfSeq = new Map(c.ledger.map((e, i) => [e.seq, entryIds[i]]));
  await insertRows(
    tx,
    "CreditsLedgerEntry",
    ["id", "tenantId", "at", "type", "amountCents", "balanceAfterCents", "description", "expiresAt", "seq"],
    c.ledger.map((e, i) => [
      entryIds[i],
      tenantId,
      sqliteDate(new Date(e.at)),
      e.type,
      cents(e.amount),
      cents(e.balanceAfter),
      e.description,
      e.expiresAt ? sqliteDate(new Date(e.expiresAt)) : null,
      e.seq,
    ]),
  );
  const lotIds = orderedIds(c.lots.length);
  await insertRows(
    tx,
    "CreditLot",
    ["id", "tenantId", "ledgerEntryId", "addedAt", "expiresAt", "amountCents", "remainingCents"],
    c.lots.map((l, i) => [
      lotIds[i],
      tenantId,
      idOfSeq.get(l.entry) ?? null,
      sqliteDate(new Date(l.addedAt)),
      sqliteDate(new Date(l.expiresAt)),
      cents(l.amount),
      cents(l.remaining),
    ]),
  );
  const poolIds = orderedIds(c.pools.length);
  await insertRows(
    tx,
    "MinutePoolUsage",
    ["id", "tenantId", "month", "poolId", "domesticMinutes", "internationalMinutes"],
    c.pools.map((p, i) => [poolIds[i], tenantId, p.month, p.poolId, p.domesticMinutes, p.internationalMinutes]),
  );
  const nowText = sqliteDate(new Date());
  const noteIds = orderedIds(c.notifications.length);
  await insertRows(
    tx,
    "Notification",
    ["id", "tenantId", "at", "kind", "message", "detailsJson", "createdAt"],
    c.notifications.map((n, i) => [
      noteIds[i],
      tenantId,
      sqliteDate(new Date(n.at)),
      n.kind,
      n.message,
      JSON.stringify(n.details),
      nowText,
    ]),
  );
}
