import "server-only";
import { inTenantTransaction } from "./transaction";
import { createAuditEvent } from "@/lib/data/audit";
import { findTenantClock } from "@/lib/data/tenants";
import { getDb, readConsistently, type Tx } from "@/lib/data/db";
import {
  createMembershipRow,
  createTenantRow,
  deleteTenantState,
  findCreditsVersion,
  readTenantDocument,
  tenantColumnsOf,
  updateTenantColumns,
  writeTenantState,
} from "@/lib/data/tenant-document";
import { createSavePoint, deleteSavePoint, findSavePointDocument, findSavePoints } from "@/lib/data/save-points";
import {
  checkTenantDocument,
  TENANT_DOCUMENT_VERSION,
  upgradeTenantDocument,
  type DocumentTenant,
  type TenantDocument,
} from "@/lib/domain/tenant-document";
import { fieldErrors } from "@/lib/validation/errors";
import { tenantDocumentSchema, branchSnapshotInput, saveSnapshotInput } from "@/lib/validation/tenant-document";
import { tenantName } from "@/lib/validation/common";
import { assertCan, type Actor, type TenantAccess } from "@/lib/auth/actor";
import { AppError } from "@/lib/domain/errors";
import type { TenantState } from "@/lib/validation/responses";
import { getTenantState } from "./tenants";

/** Save points and portable tenants (issue 12; shared/api.md "Portable tenants and save points"). */

export interface SavePointView {
  id: string;
  name: string;
  /** When it was saved (wall clock). */
  at: string;
  /** Who saved it (email). */
  by: string;
  /** The tenant's sandbox clock at the save point. */
  now: string;
}

/** Long restores and imports (10,000 users) must not hit Prisma's 5 s default. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 };

function actorOf(actor: Actor) {
  return { accountId: actor.accountId, email: actor.email };
}

async function documentOf(tx: Tx, tenantId: string): Promise<TenantDocument> {
  const doc = await readTenantDocument(tx, tenantId, new Date());
  if (!doc) throw AppError.notFound("That tenant");
  return doc;
}

/** GET /tenants/{id}/export: the tenant's whole state as one document. */
export async function exportTenant(access: TenantAccess, tx?: Tx): Promise<TenantDocument> {
  assertCan(access, "tenant:read");
  return readConsistently(tx, (tx) => documentOf(tx, access.tenantId));
}

/**
 * The document in a request body, upgraded to the current version, its shape checked (zod) and then its
 * meaning (lib/domain: rules, seats, ledger, lots). Every problem at once, keyed by JSON path.
 */
export function parseTenantDocument(raw: unknown): TenantDocument {
  const parsed = tenantDocumentSchema.safeParse(upgradeTenantDocument(raw));
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error), "The document doesn't have the shape of a tenant document.");
  const problems = checkTenantDocument(parsed.data);
  const count = Object.values(problems).reduce((n, list) => n + list.length, 0);
  if (count > 0)
    throw AppError.validation(
      problems,
      `The document describes a tenant the rules don't allow (${count} problem${count === 1 ? "" : "s"}).`,
    );
  return parsed.data;
}

/** What reset brings an imported tenant back to: its plan, subscriptions, users and licenses, at its clock. */
function initialStateOf(t: DocumentTenant, columns: ReturnType<typeof tenantColumnsOf>): string {
  const planSub = t.plan ? t.subscriptions.find((s) => s.sku === t.plan) : undefined;
  return JSON.stringify({
    plan: t.plan,
    seats: planSub?.quantity ?? 0,
    country: t.country,
    orgType: t.orgType,
    cloud: t.cloud,
    channel: t.channel,
    commitment: t.commitment,
    policy: JSON.parse(columns.policyJson) as unknown,
    extraSubscriptions: t.subscriptions
      .filter((s) => s !== planSub)
      .map((s) => ({ sku: s.sku, quantity: s.quantity, commercial: s.commercial })),
    users: t.users.map((u) => ({ ...u, licenses: u.licenses.map((l) => l.sku) })),
    createdAt: t.now,
  });
}

export async function createTenantFromDocument(
  tx: Tx,
  actor: Actor,
  doc: TenantDocument,
  name: string,
  action: string,
  details: Record<string, unknown>,
) {
  const columns = tenantColumnsOf(doc.tenant);
  const tenant = await createTenantRow(tx, { ...columns, name, initialJson: initialStateOf(doc.tenant, columns) });
  await createMembershipRow(tx, tenant.id, actor.accountId, "GLOBAL_ADMIN");
  await writeTenantState(tx, tenant.id, doc.tenant);
  await createAuditEvent(tx, { tenantId: tenant.id, actor: actorOf(actor), action, target: name, outcome: "success", details });
  return getTenantState({ actor, tenantId: tenant.id, role: "GLOBAL_ADMIN" }, tx);
}

/** POST /tenants/import: a new tenant of the caller's (Global admin) from a document; nothing is created if it is invalid. */
export async function importTenant(actor: Actor, body: unknown): Promise<TenantState> {
  let raw = body;
  let name: string | undefined;
  if (typeof body === "object" && body !== null && !Array.isArray(body) && "name" in body) {
    const { name: given, ...rest } = body as Record<string, unknown>;
    const parsedName = tenantName.safeParse(given);
    if (!parsedName.success) throw AppError.validation({ name: parsedName.error.issues.map((i) => i.message) });
    name = parsedName.data;
    raw = rest;
  }
  const doc = parseTenantDocument(raw);
  return getDb().$transaction(
    (tx) =>
      createTenantFromDocument(tx, actor, doc, name ?? doc.tenant.name, "tenant.import", {
        from: doc.tenant.name,
        exportedAt: doc.exportedAt,
        users: doc.tenant.users.length,
      }),
    TX_OPTIONS,
  );
}

function viewOf(row: { id: string; name: string; createdAt: Date; actorEmail: string; tenantNow: Date }): SavePointView {
  return { id: row.id, name: row.name, at: row.createdAt.toISOString(), by: row.actorEmail, now: row.tenantNow.toISOString() };
}

/** POST /tenants/{id}/snapshots: saves the current state under a name. */
export async function saveSnapshot(access: TenantAccess, input: unknown): Promise<SavePointView> {
  assertCan(access, "tenant:reset");
  const parsed = saveSnapshotInput.safeParse(input);
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error));
  return inTenantTransaction(
    access.tenantId,
    async (tx) => {
      const doc = await documentOf(tx, access.tenantId);
      const row = await createSavePoint(tx, access.tenantId, {
        name: parsed.data.name,
        documentJson: JSON.stringify(doc),
        tenantNow: new Date(doc.tenant.now),
        actorEmail: access.actor.email,
      });
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access.actor),
        action: "snapshot.save",
        target: row.name,
        outcome: "success",
        details: { snapshotId: row.id, now: doc.tenant.now },
      });
      return viewOf(row);
    },
    TX_OPTIONS,
  );
}

export async function listSnapshots(access: TenantAccess): Promise<SavePointView[]> {
  assertCan(access, "tenant:read");
  return (await findSavePoints(getDb(), access.tenantId)).map(viewOf);
}

async function savedDocument(tx: Tx, tenantId: string, snapshotId: string) {
  const row = await findSavePointDocument(tx, tenantId, snapshotId);
  if (!row) throw AppError.notFound("That save point");
  const stored = JSON.parse(row.documentJson) as TenantDocument;
  // The sandbox wrote it itself; only a document of an older version needs upgrading and checking again.
  if (stored.version === TENANT_DOCUMENT_VERSION) return { name: row.name, doc: stored };
  const parsed = tenantDocumentSchema.safeParse(upgradeTenantDocument(stored));
  if (!parsed.success) throw new Error(`save point ${row.id} holds a document that no longer parses`);
  return { name: row.name, doc: parsed.data };
}

export interface RestoreHooks {
  /** Called between the restore's statements, inside its transaction (the crash test stops the process there). */
  step?: (name: string) => Promise<void> | void;
}

/**
 * POST /tenants/{id}/snapshots/{snapshotId}/restore. One transaction: the tenant's state (clock and ledger
 * included) is replaced by the save point's, so a crash leaves it as before or as restored. The audit trail is
 * kept whole and records the restore.
 */
export async function restoreSnapshot(access: TenantAccess, snapshotId: string, hooks: RestoreHooks = {}): Promise<TenantState> {
  assertCan(access, "tenant:reset");
  const tenantId = access.tenantId;
  return inTenantTransaction(
    access.tenantId,
    async (tx) => {
      const { name, doc } = await savedDocument(tx, tenantId, snapshotId);
      const before = await findTenantClock(tx, tenantId);
      // A credits writer that read the account before the restore fails its version guard and retries on the restored state.
      const accountVersion = (await findCreditsVersion(tx, tenantId)) + 1;
      await deleteTenantState(tx, tenantId);
      await hooks.step?.("deleted");
      await updateTenantColumns(tx, tenantId, { ...tenantColumnsOf(doc.tenant), name: doc.tenant.name });
      await writeTenantState(tx, tenantId, doc.tenant, { accountVersion, step: hooks.step });
      await createAuditEvent(tx, {
        tenantId,
        actor: actorOf(access.actor),
        action: "snapshot.restore",
        target: name,
        outcome: "success",
        details: { snapshotId, from: before?.toISOString() ?? null, to: doc.tenant.now },
      });
      return getTenantState(access, tx);
    },
    TX_OPTIONS,
  );
}

/** POST /tenants/{id}/snapshots/{snapshotId}/branch: a new tenant of the caller's in the save point's state. */
export async function branchSnapshot(access: TenantAccess, snapshotId: string, input: unknown): Promise<TenantState> {
  assertCan(access, "tenant:read");
  const parsed = branchSnapshotInput.safeParse(input);
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error));
  return getDb().$transaction(async (tx) => {
    const { name, doc } = await savedDocument(tx, access.tenantId, snapshotId);
    const state = await createTenantFromDocument(tx, access.actor, doc, parsed.data.name, "tenant.branch", {
      fromTenant: access.tenantId,
      snapshot: name,
    });
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access.actor),
      action: "snapshot.branch",
      target: name,
      outcome: "success",
      details: { snapshotId, newTenantId: state.id },
    });
    return state;
  }, TX_OPTIONS);
}

export async function deleteSnapshot(access: TenantAccess, snapshotId: string): Promise<void> {
  assertCan(access, "tenant:reset");
  await inTenantTransaction(access.tenantId, async (tx) => {
    if (!(await deleteSavePoint(tx, access.tenantId, snapshotId))) throw AppError.notFound("That save point");
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access.actor),
      action: "snapshot.delete",
      target: snapshotId,
      outcome: "success",
    });
  });
}
