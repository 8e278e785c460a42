import "server-only";
import {
  TENANT_DOCUMENT_FORMAT,
  TENANT_DOCUMENT_VERSION,
  type DocumentCredits,
  type DocumentTenant,
  type TenantDocument,
} from "@/lib/domain/tenant-document";
import { DEFAULT_POLICY, type TenantPolicy } from "@/lib/domain/types";
import { placeholders, type Tx } from "./db";
import { byString, cents, iso, isoOrNull, money, orderedIds, rawIso } from "./document-rows";
import { insertRows, sqliteDate } from "./licenses";
import { writeCredits } from "./tenant-document-credits";

/**
 * Reads and writes a tenant's whole state as a tenant document (lib/domain/tenant-document.ts). Rows are put in
 * a canonical order (by time, then by id), and the rows a write creates get ids that sort in document order,
 * so export(import(doc)) lists everything in the same order as doc.
 */

interface UserRawRow {
  id: string;
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  kind: "person" | "room";
  pstnConnectivity: "online" | "onPremises";
}

interface LedgerRawRow {
  id: string;
  seq: number | bigint;
  at: string | number;
  type: "funding" | "autoRecharge" | "usage" | "expiry";
  amountCents: number | bigint;
  balanceAfterCents: number | bigint;
  description: string;
  expiresAt: string | number | null;
}

function policyOf(json: string): TenantPolicy {
  return { ...DEFAULT_POLICY, ...(JSON.parse(json) as Partial<TenantPolicy>) };
}

/** The tenant's state as a document, or null when there is no such tenant. Run it inside one transaction. */
export async function readTenantDocument(tx: Tx, tenantId: string, exportedAt: Date): Promise<TenantDocument | null> {
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId } });
  if (!tenant) return null;
  const [subs, purchases, users, assignments, account, ledger, lots, pools, notifications, numbers] = await Promise.all([
    tx.subscription.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    tx.purchase.findMany({ where: { tenantId }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    // Raw for the three tables that grow to 10,000+ rows: Prisma's row mapping costs several times more.
    tx.$queryRawUnsafe<UserRawRow[]>(
      placeholders(
        `SELECT "id", "userPrincipalName", "displayName", "usageLocation", "kind", "pstnConnectivity" FROM "DirectoryUser" WHERE "tenantId" = ?`,
      ),
      tenantId,
    ),
    tx.$queryRawUnsafe<{ userId: string; sku: string; disabledPlansJson: string }[]>(
      placeholders(`SELECT "userId", "sku", "disabledPlansJson" FROM "LicenseAssignment" WHERE "tenantId" = ?`),
      tenantId,
    ),
    tx.creditsAccount.findUnique({ where: { tenantId } }),
    tx.$queryRawUnsafe<LedgerRawRow[]>(
      placeholders(`SELECT "id", "seq", "at", "type", "amountCents", "balanceAfterCents", "description", "expiresAt" FROM "CreditsLedgerEntry"
        WHERE "tenantId" = ? ORDER BY "seq" ASC, "at" ASC, "id" ASC`),
      tenantId,
    ),
    tx.creditLot.findMany({ where: { tenantId }, orderBy: [{ addedAt: "asc" }, { id: "asc" }] }),
    tx.minutePoolUsage.findMany({ where: { tenantId }, orderBy: [{ month: "asc" }, { poolId: "asc" }] }),
    tx.notification.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    tx.phoneNumber.findMany({ where: { tenantId }, orderBy: { number: "asc" } }),
  ]);
  const upnOf = new Map(users.map((u) => [u.id, u.userPrincipalName]));
  const subIndex = new Map(subs.map((s, i) => [s.id, i]));
  const seqOf = new Map(ledger.map((e) => [e.id, Number(e.seq)]));
  const licensesByUser = new Map<string, { sku: string; disabledPlans: string[] }[]>();
  for (const a of assignments) {
    const list = licensesByUser.get(a.userId) ?? [];
    list.push({ sku: a.sku, disabledPlans: JSON.parse(a.disabledPlansJson) as string[] });
    licensesByUser.set(a.userId, list);
  }
  const policy = policyOf(tenant.policyJson);
  const credits: DocumentCredits = {
    enabled: account?.enabled ?? false,
    balance: money(account?.balanceCents ?? 0),
    autoRecharge: {
      enabled: account?.autoRechargeEnabled ?? false,
      threshold: money(account?.thresholdCents ?? 0),
      amount: money(account?.rechargeAmountCents ?? 0),
    },
    paymentCard: {
      outcome: (account?.paymentMethod ?? "succeed") as DocumentCredits["paymentCard"]["outcome"],
      consecutiveFailures: account?.consecutiveFailures ?? 0,
      lastFailureAt: isoOrNull(account?.lastFailureAt ?? null),
    },
    lots: lots
      .map((l) => ({
        entry: seqOf.get(l.ledgerEntryId) ?? 0,
        addedAt: iso(l.addedAt),
        expiresAt: iso(l.expiresAt),
        amount: money(l.amountCents),
        remaining: money(l.remainingCents),
      }))
      .sort((a, b) => byString(a.addedAt, b.addedAt) || a.entry - b.entry),
    ledger: ledger.map((e) => ({
      seq: Number(e.seq),
      at: rawIso(e.at),
      type: e.type,
      amount: money(Number(e.amountCents)),
      balanceAfter: money(Number(e.balanceAfterCents)),
      description: e.description,
      expiresAt: e.expiresAt === null ? null : rawIso(e.expiresAt),
    })),
    pools: pools.map((p) => ({
      month: p.month,
      poolId: p.poolId,
      domesticMinutes: p.domesticMinutes,
      internationalMinutes: p.internationalMinutes,
    })),
    notifications: notifications.map((n) => ({
      at: iso(n.at),
      kind: n.kind,
      message: n.message,
      details: JSON.parse(n.detailsJson) as Record<string, unknown>,
    })),
  };
  const doc: DocumentTenant = {
    name: tenant.name,
    country: tenant.country,
    orgType: tenant.orgType as DocumentTenant["orgType"],
    cloud: tenant.cloud as DocumentTenant["cloud"],
    channel: tenant.channel as DocumentTenant["channel"],
    commitment: tenant.commitment as DocumentTenant["commitment"],
    plan: tenant.plan,
    policy: {
      monthlyCommitmentBlocksAddOns: policy.monthlyCommitmentBlocksAddOns,
      sfbPlan2PhoneSystem: policy.sfbPlan2PhoneSystem,
      canadaCallingPlansPreview: policy.canadaCallingPlansPreview,
      minimumFundingUsd: money(policy.minimumFundingCents),
      callingPlanPurchaseCountry: policy.callingPlanPurchaseCountry,
      diPoolExhaustion: policy.diPoolExhaustion,
      creditsInBahrainBrazilBrunei: policy.creditsInBahrainBrazilBrunei,
      phoneSystemOn21Vianet: policy.phoneSystemOn21Vianet,
    },
    now: iso(tenant.now),
    subscriptions: subs.map((s) => ({
      sku: s.sku,
      quantity: s.quantity,
      commercial: s.commercial,
      status: s.status,
      term: s.term,
      createdAt: iso(s.createdAt),
      renewsAt: iso(s.renewsAt),
    })),
    purchases: purchases.map((p) => ({
      sku: p.sku,
      quantity: p.quantity,
      unitPrice: money(p.unitPriceCents),
      amount: p.amountCents === null ? null : money(p.amountCents),
      subscription: p.subscriptionId !== null ? (subIndex.get(p.subscriptionId) ?? null) : null,
      actorEmail: p.actorEmail,
      at: iso(p.at),
    })),
    users: users
      .sort((a, b) => byString(a.userPrincipalName, b.userPrincipalName))
      .map((u) => ({
        userPrincipalName: u.userPrincipalName,
        displayName: u.displayName,
        usageLocation: u.usageLocation,
        kind: u.kind,
        pstnConnectivity: u.pstnConnectivity,
        licenses: (licensesByUser.get(u.id) ?? []).sort((a, b) => byString(a.sku, b.sku)),
      })),
    phoneNumbers: numbers.map((n) => ({
      number: n.number,
      kind: n.kind,
      country: n.country,
      assignedTo: n.assignedTo === null ? null : (upnOf.get(n.assignedTo) ?? null),
    })),
    credits,
  };
  return { format: TENANT_DOCUMENT_FORMAT, version: TENANT_DOCUMENT_VERSION, exportedAt: iso(exportedAt), tenant: doc };
}

/** Everything a tenant holds except its memberships, audit trail and save points (reset and restore keep those). */
export async function deleteTenantState(tx: Tx, tenantId: string): Promise<void> {
  await tx.phoneNumber.deleteMany({ where: { tenantId } });
  await tx.licenseAssignment.deleteMany({ where: { tenantId } });
  await tx.directoryUser.deleteMany({ where: { tenantId } });
  await tx.creditLot.deleteMany({ where: { tenantId } });
  await tx.purchase.deleteMany({ where: { tenantId } });
  await tx.subscription.deleteMany({ where: { tenantId } });
  await tx.creditsLedgerEntry.deleteMany({ where: { tenantId } });
  await tx.creditsAccount.deleteMany({ where: { tenantId } });
  await tx.idempotencyRecord.deleteMany({ where: { tenantId } });
  await tx.minutePoolUsage.deleteMany({ where: { tenantId } });
  await tx.notification.deleteMany({ where: { tenantId } });
}

/** The Tenant row's own columns from a document (name excepted: the caller decides it). */
export function tenantColumnsOf(t: DocumentTenant) {
  const policy: TenantPolicy = {
    monthlyCommitmentBlocksAddOns: t.policy.monthlyCommitmentBlocksAddOns,
    sfbPlan2PhoneSystem: t.policy.sfbPlan2PhoneSystem,
    canadaCallingPlansPreview: t.policy.canadaCallingPlansPreview,
    minimumFundingCents: cents(t.policy.minimumFundingUsd),
    callingPlanPurchaseCountry: t.policy.callingPlanPurchaseCountry,
    diPoolExhaustion: t.policy.diPoolExhaustion,
    creditsInBahrainBrazilBrunei: t.policy.creditsInBahrainBrazilBrunei,
    phoneSystemOn21Vianet: t.policy.phoneSystemOn21Vianet,
  };
  return {
    country: t.country,
    orgType: t.orgType,
    cloud: t.cloud,
    channel: t.channel,
    commitment: t.commitment,
    plan: t.plan,
    policyJson: JSON.stringify(policy),
    now: new Date(t.now),
  };
}

/**
 * Writes the document's subscriptions, purchases, users, licenses and credits into a tenant that holds none
 * (a new one, or one just emptied by deleteTenantState). `accountVersion` continues the credits account's
 * optimistic-concurrency counter, so a writer that read the account before a restore can't commit after it.
 * `step` is called between the statements (the crash test kills the process there).
 */
export async function writeTenantState(
  tx: Tx,
  tenantId: string,
  t: DocumentTenant,
  opts: { accountVersion?: number; step?: (name: string) => Promise<void> | void } = {},
): Promise<void> {
  const step = opts.step ?? (() => undefined);
  const now = sqliteDate(new Date());
  const subIds = orderedIds(t.subscriptions.length);
  await insertRows(
    tx,
    "Subscription",
    ["id", "tenantId", "sku", "quantity", "commercial", "status", "term", "createdAt", "renewsAt"],
    t.subscriptions.map((s, i) => [
      subIds[i],
      tenantId,
      s.sku,
      s.quantity,
      s.commercial ? 1 : 0,
      s.status,
      s.term,
      sqliteDate(new Date(s.createdAt)),
      sqliteDate(new Date(s.renewsAt)),
    ]),
  );
  const purchaseIds = orderedIds(t.purchases.length);
  await insertRows(
    tx,
    "Purchase",
    ["id", "tenantId", "sku", "quantity", "unitPriceCents", "amountCents", "subscriptionId", "actorEmail", "at"],
    t.purchases.map((p, i) => [
      purchaseIds[i],
      tenantId,
      p.sku,
      p.quantity,
      cents(p.unitPrice),
      p.amount === null ? null : cents(p.amount),
      p.subscription === null ? null : (subIds[p.subscription] ?? null),
      p.actorEmail,
      sqliteDate(new Date(p.at)),
    ]),
  );
  await step("subscriptions");
  const userIds = orderedIds(t.users.length);
  await insertRows(
    tx,
    "DirectoryUser",
    ["id", "tenantId", "userPrincipalName", "displayName", "usageLocation", "pstnConnectivity", "kind", "createdAt"],
    t.users.map((u, i) => [userIds[i], tenantId, u.userPrincipalName, u.displayName, u.usageLocation, u.pstnConnectivity, u.kind, now]),
  );
  const licenseRows = t.users.flatMap((u, i) =>
    u.licenses.map((l) => ({ userId: userIds[i], sku: l.sku, disabledPlans: l.disabledPlans })),
  );
  const licenseIds = orderedIds(licenseRows.length);
  await insertRows(
    tx,
    "LicenseAssignment",
    ["id", "tenantId", "userId", "sku", "disabledPlansJson", "createdAt"],
    licenseRows.map((r, i) => [licenseIds[i], tenantId, r.userId, r.sku, JSON.stringify(r.disabledPlans), now]),
  );
  const userIdOf = new Map(t.users.map((u, i) => [u.userPrincipalName.toLowerCase(), userIds[i]]));
  await tx.phoneNumber.createMany({
    data: t.phoneNumbers.map((n) => ({
      tenantId,
      number: n.number,
      kind: n.kind,
      country: n.country,
      assignedTo: n.assignedTo === null ? null : (userIdOf.get(n.assignedTo.toLowerCase()) ?? null),
    })),
  });
  await step("users");
  await writeCredits(tx, tenantId, t.credits, opts.accountVersion ?? 0);
  await step("credits");
}

/** The credits account's concurrency counter (0 when there is no account yet). */
export async function findCreditsVersion(tx: Tx, tenantId: string): Promise<number> {
  const a = await tx.creditsAccount.findUnique({ where: { tenantId }, select: { version: true } });
  return a?.version ?? 0;
}

export async function updateTenantColumns(
  tx: Tx,
  tenantId: string,
  data: ReturnType<typeof tenantColumnsOf> & { name?: string },
): Promise<void> {
  await tx.tenant.update({ where: { id: tenantId }, data });
}

export async function createTenantRow(tx: Tx, data: ReturnType<typeof tenantColumnsOf> & { name: string; initialJson: string }) {
  return tx.tenant.create({ data, select: { id: true, name: true } });
}

export async function createMembershipRow(tx: Tx, tenantId: string, accountId: string, role: "GLOBAL_ADMIN") {
  await tx.membership.create({ data: { tenantId, accountId, role } });
}
