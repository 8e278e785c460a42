import "server-only";
import { getDb, type Db, type Tx } from "./db";
import { insertRows } from "./licenses";
import { newId, sqlDate as sqliteDate, sqlOf, toDate, type Sql } from "./sql";

export interface AuditInput {
  tenantId: string;
  actor: { accountId: string | null; email: string };
  action: string;
  target: string;
  outcome: "success" | "denied";
  ruleIds?: string[];
  details?: Record<string, unknown>;
  at?: Date;
}

/**
 * Every event carries the tenant's sandbox time (`details.sandboxTime`, the clock the ledger uses); `at` stays
 * the moment it was recorded, which orders the trail even when a restore moves the sandbox clock back.
 */
async function withSandboxTime(sql: Sql, tenantId: string, details: Record<string, unknown> | undefined): Promise<Record<string, unknown>> {
  if (details && typeof details.sandboxTime === "string") return details;
  const tenant = await sql.get<{ now: unknown }>(`SELECT "now" FROM "Tenant" WHERE "id" = ?`, tenantId);
  return tenant ? { ...details, sandboxTime: toDate(tenant.now).toISOString() } : (details ?? {});
}

const AUDIT_COLUMNS = ["id", "tenantId", "at", "actorId", "actorEmail", "action", "target", "outcome", "ruleIdsJson", "detailsJson"];

function auditRow(input: AuditInput, id: string, at: Date, details: Record<string, unknown>): unknown[] {
  return [
    id,
    input.tenantId,
    sqliteDate(at),
    input.actor.accountId,
    input.actor.email,
    input.action,
    input.target,
    input.outcome,
    JSON.stringify(input.ruleIds ?? []),
    JSON.stringify(details),
  ];
}

/** Records one event (hand-written: every write and every refusal records one). */
export async function createAuditEvent(tx: Db | Tx, input: AuditInput): Promise<{ id: string; at: Date }> {
  // Outside a transaction (a refusal recorded after its write rolled back): a short one of its own.
  if (tx === getDb()) return getDb().$transaction((t) => createAuditEvent(t, input));
  const details = await withSandboxTime(sqlOf(tx), input.tenantId, input.details);
  const event = { id: newId(), at: input.at ?? new Date() };
  await insertRows(tx, "AuditEvent", AUDIT_COLUMNS, [auditRow(input, event.id, event.at, details)]);
  return event;
}

/** Many audit events at once (a bulk change records one per user), each with its tenant's sandbox time. */
export async function createAuditEvents(tx: Tx, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const now = new Date();
  const sql = sqlOf(tx);
  const clocks = new Map<string, Record<string, unknown>>();
  for (const id of new Set(inputs.map((i) => i.tenantId))) clocks.set(id, await withSandboxTime(sql, id, {}));
  const detailsOf = (input: AuditInput): Record<string, unknown> =>
    typeof input.details?.sandboxTime === "string" ? input.details : { ...input.details, ...clocks.get(input.tenantId) };
  await insertRows(
    tx,
    "AuditEvent",
    AUDIT_COLUMNS,
    inputs.map((input) => auditRow(input, newId(), input.at ?? now, detailsOf(input))),
  );
}

export interface AuditFilter {
  /** Exact action names, and prefixes ending in "." (lib/domain/audit-actions.ts). */
  actions?: readonly string[];
  outcome?: "success" | "denied";
}

function auditWhere(tenantId: string, filter: AuditFilter, before?: Date) {
  const actions = filter.actions ?? [];
  return {
    tenantId,
    ...(before ? { at: { lt: before } } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(actions.length > 0 ? { OR: actions.map((a) => (a.endsWith(".") ? { action: { startsWith: a } } : { action: a })) } : {}),
  };
}

export async function findAuditEvents(
  tx: Tx,
  tenantId: string,
  opts: { take?: number; skip?: number; before?: Date; filter?: AuditFilter } = {},
) {
  return tx.auditEvent.findMany({
    where: auditWhere(tenantId, opts.filter ?? {}, opts.before),
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: opts.take ?? 50,
    ...(opts.skip ? { skip: opts.skip } : {}),
  });
}

export async function countAuditEvents(tx: Tx, tenantId: string, filter: AuditFilter = {}): Promise<number> {
  return tx.auditEvent.count({ where: auditWhere(tenantId, filter) });
}
