import "server-only";
import { getDb } from "@/lib/data/db";
import { createAuditEvent, findAuditEvents } from "@/lib/data/audit";
import type { AuditEventView } from "@/lib/validation/responses";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { AppError } from "@/lib/domain/errors";

/**
 * Runs a tenant write; when the rules refuse it, the refusal is recorded in the audit trail after the
 * write's transaction has rolled back (so the refusal itself changes no tenant state).
 */
export async function auditRefusals<T>(access: TenantAccess, action: string, target: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError && err.body.ruleId) {
      await createAuditEvent(getDb(), {
        tenantId: access.tenantId,
        actor: { accountId: access.actor.accountId, email: access.actor.email },
        action,
        target,
        outcome: "denied",
        ruleIds: [err.body.ruleId],
        details: { code: err.body.code, message: err.body.message },
      }).catch((e) => console.error("[audit] could not record a refusal", e));
    }
    throw err;
  }
}

/** The tenant's audit trail, newest first. */
export async function listEvents(access: TenantAccess, take = 50): Promise<AuditEventView[]> {
  assertCan(access, "audit:read");
  const rows = await findAuditEvents(getDb(), access.tenantId, { take });
  return rows.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorEmail,
    action: e.action,
    target: e.target,
    outcome: e.outcome,
    ruleIds: JSON.parse(e.ruleIdsJson) as string[],
    details: JSON.parse(e.detailsJson) as Record<string, unknown>,
  }));
}
