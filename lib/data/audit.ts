import "server-only";
import type { Tx } from "./db";

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
async function withSandboxTime(tx: Tx, tenantId: string, details: Record<string, unknown> | undefined): Promise<Record<string, unknown>> {
  if (details && typeof details.sandboxTime === "string") return details;
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { now: true } });
  return tenant ? { ...details, sandboxTime: tenant.now.toISOString() } : (details ?? {});
}

export async function createAuditEvent(tx: Tx, input: AuditInput) {
  const details = await withSandboxTime(tx, input.tenantId, input.details);
  return tx.auditEvent.create({
    data: {
      tenantId: input.tenantId,
      actorId: input.actor.accountId,
      actorEmail: input.actor.email,
      action: input.action,
      target: input.target,
      outcome: input.outcome,
      ruleIdsJson: JSON.stringify(input.ruleIds ?? []),
      detailsJson: JSON.stringify(details),
      ...(input.at ? { at: input.at } : {}),
    },
  });
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
