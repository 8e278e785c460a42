import "server-only";
import { getDb, readConsistently } from "@/lib/data/db";
import { countAuditEvents, createAuditEvent, findAuditEvents, type AuditFilter } from "@/lib/data/audit";
import { ACTIVITY_CATEGORY_ACTIONS, type ActivityCategory } from "@/lib/domain/audit-actions";
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

type AuditRow = Awaited<ReturnType<typeof findAuditEvents>>[number];

function toView(e: AuditRow): AuditEventView {
  const details = JSON.parse(e.detailsJson) as Record<string, unknown>;
  const at = e.at.toISOString();
  return {
    id: e.id,
    at,
    sandboxAt: typeof details.sandboxTime === "string" ? details.sandboxTime : at,
    actor: e.actorEmail,
    action: e.action,
    target: e.target,
    outcome: e.outcome,
    ruleIds: JSON.parse(e.ruleIdsJson) as string[],
    details,
  };
}

/** The tenant's audit trail, newest first. */
export async function listEvents(access: TenantAccess, take = 50): Promise<AuditEventView[]> {
  assertCan(access, "audit:read");
  return (await findAuditEvents(getDb(), access.tenantId, { take })).map(toView);
}

export interface EventPage {
  events: AuditEventView[];
  /** Events matching the filter, all pages. */
  total: number;
  /** 1-based, clamped to the last page. */
  page: number;
  pageSize: number;
}

/** One page of the audit trail, newest first, optionally narrowed to a category and an outcome (Home › Activity). */
export async function pageEvents(
  access: TenantAccess,
  opts: { page: number; pageSize: number; category?: ActivityCategory; outcome?: "success" | "denied" },
): Promise<EventPage> {
  assertCan(access, "audit:read");
  const filter: AuditFilter = {
    ...(opts.category ? { actions: ACTIVITY_CATEGORY_ACTIONS[opts.category] } : {}),
    ...(opts.outcome ? { outcome: opts.outcome } : {}),
  };
  // Count and page from one snapshot, so "21-40 of 57" matches the rows shown.
  return readConsistently(undefined, async (tx) => {
    const total = await countAuditEvents(tx, access.tenantId, filter);
    const last = Math.max(1, Math.ceil(total / opts.pageSize));
    const page = Math.min(Math.max(1, Math.trunc(opts.page) || 1), last);
    const rows = await findAuditEvents(tx, access.tenantId, { take: opts.pageSize, skip: (page - 1) * opts.pageSize, filter });
    return { events: rows.map(toView), total, page, pageSize: opts.pageSize };
  });
}
