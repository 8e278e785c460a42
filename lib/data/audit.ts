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

export async function createAuditEvent(tx: Tx, input: AuditInput) {
  return tx.auditEvent.create({
    data: {
      tenantId: input.tenantId,
      actorId: input.actor.accountId,
      actorEmail: input.actor.email,
      action: input.action,
      target: input.target,
      outcome: input.outcome,
      ruleIdsJson: JSON.stringify(input.ruleIds ?? []),
      detailsJson: JSON.stringify(input.details ?? {}),
      ...(input.at ? { at: input.at } : {}),
    },
  });
}

export async function findAuditEvents(tx: Tx, tenantId: string, opts: { take?: number; before?: Date } = {}) {
  return tx.auditEvent.findMany({
    where: { tenantId, ...(opts.before ? { at: { lt: opts.before } } : {}) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: opts.take ?? 50,
  });
}
