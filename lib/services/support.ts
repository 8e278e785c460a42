import "server-only";
import type { TenantAccess } from "@/lib/auth/actor";
import type { Tx } from "@/lib/data/db";
import { loadTenantSnapshot, loadTenantSnapshotWithClock } from "@/lib/data/snapshot";
import { findTenantClock } from "@/lib/data/tenants";
import { calculateTermEnd } from "@/lib/domain/clock";
import { AppError } from "@/lib/domain/errors";
import type { Reason, Result, TenantSnapshot } from "@/lib/domain/types";

/** The small steps every use case shares, each written once. */

/** A domain decision's value, or its refusal thrown as an AppError (which also rolls the transaction back). */
export function unwrap<T>(result: Result<T, Reason>): T {
  if (!result.ok) throw AppError.fromReason(result.error);
  return result.value;
}

/** The tenant as the rules see it; NOT_FOUND when it is gone. */
export async function snapshotOf(tx: Tx, tenantId: string): Promise<TenantSnapshot> {
  const snapshot = await loadTenantSnapshot(tx, tenantId);
  if (!snapshot) throw AppError.notFound("That tenant");
  return snapshot;
}

/** The snapshot, the sandbox clock and the credits account row (null before sign-up) from one read of the tenant. */
export async function snapshotWithClockOf(tx: Tx, tenantId: string, opts: { merged?: boolean } = {}) {
  const loaded = await loadTenantSnapshotWithClock(tx, tenantId, opts);
  if (!loaded) throw AppError.notFound("That tenant");
  return loaded;
}

/** The tenant's sandbox clock (every write is recorded at sandbox time, never the server's). */
export async function tenantNow(tx: Tx, tenantId: string): Promise<Date> {
  const now = await findTenantClock(tx, tenantId);
  if (!now) throw AppError.notFound("That tenant");
  return now;
}

/** Who an audit event or a ledger entry names. */
export function actorOf(access: TenantAccess): { accountId: string; email: string } {
  return { accountId: access.actor.accountId, email: access.actor.email };
}

/** End of the first term (calendar maths in lib/domain/clock.ts: Jan 31 + 1 month = Feb 28). */
export function addTerm(from: Date, term: string): Date {
  return new Date(calculateTermEnd(from.toISOString(), term === "monthly" ? "monthly" : "annual"));
}
