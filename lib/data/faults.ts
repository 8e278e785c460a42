import "server-only";
import { NO_FAULTS, type FailStatus, type TenantFaults } from "@/lib/domain/faults";
import type { Db, Tx } from "./db";
import { sqlOf } from "./sql";

/** Sandbox faults (TenantFaults, one row per tenant). Countdowns are single guarded UPDATEs, so two requests never both take the last one. */

type FaultsRow = {
  declineNextCharges: number;
  latencyMs: number;
  throttleEveryNth: number;
  throttleRetryAfterSeconds: number;
  failNextCount: number;
  failNextStatus: number;
};

function toFaults(row: FaultsRow | null): TenantFaults {
  if (!row) return NO_FAULTS;
  return {
    declineNextCharges: row.declineNextCharges,
    latencyMs: row.latencyMs,
    graphThrottle: row.throttleEveryNth > 0 ? { everyNth: row.throttleEveryNth, retryAfterSeconds: row.throttleRetryAfterSeconds } : null,
    failNextRequests:
      row.failNextCount > 0 ? { count: row.failNextCount, status: (row.failNextStatus === 500 ? 500 : 503) as FailStatus } : null,
  };
}

/** Every tenant request asks (the firing hook): hand-written SQL, lib/data/sql.ts. */
export async function findFaults(tx: Db | Tx, tenantId: string): Promise<TenantFaults> {
  const row = await sqlOf(tx).get<FaultsRow>(
    `SELECT "declineNextCharges", "latencyMs", "throttleEveryNth", "throttleRetryAfterSeconds", "failNextCount", "failNextStatus"
     FROM "TenantFaults" WHERE "tenantId" = ?`,
    tenantId,
  );
  return toFaults(row ?? null);
}

/** Writes the faults; a changed throttle restarts its request count. */
export async function saveFaults(tx: Tx, tenantId: string, f: TenantFaults, restartThrottleCount: boolean): Promise<void> {
  const data = {
    declineNextCharges: f.declineNextCharges,
    latencyMs: f.latencyMs,
    throttleEveryNth: f.graphThrottle?.everyNth ?? 0,
    throttleRetryAfterSeconds: f.graphThrottle?.retryAfterSeconds ?? 0,
    failNextCount: f.failNextRequests?.count ?? 0,
    failNextStatus: f.failNextRequests?.status ?? 503,
    ...(restartThrottleCount ? { graphRequestCount: 0 } : {}),
  };
  await tx.tenantFaults.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
}

export async function deleteFaults(tx: Tx, tenantId: string): Promise<void> {
  await tx.tenantFaults.deleteMany({ where: { tenantId } });
}

/** Takes one pending failure; false when another request took the last one. */
export async function takeFailure(tx: Tx, tenantId: string): Promise<boolean> {
  const r = await tx.tenantFaults.updateMany({ where: { tenantId, failNextCount: { gt: 0 } }, data: { failNextCount: { decrement: 1 } } });
  return r.count > 0;
}

/** Takes one declined charge; false when none is left. */
export async function takeDeclinedCharge(tx: Tx, tenantId: string): Promise<boolean> {
  // Hand-written: it runs inside a call's transaction (a declined auto-recharge).
  const changed = await sqlOf(tx).run(
    `UPDATE "TenantFaults" SET "declineNextCharges" = "declineNextCharges" - 1, "updatedAt" = ? WHERE "tenantId" = ? AND "declineNextCharges" > 0`,
    new Date(),
    tenantId,
  );
  return changed > 0;
}

/** Counts one Graph request while a throttle is set; its number since the throttle was set, or 0 without one. */
export async function countGraphRequest(tx: Tx, tenantId: string): Promise<number> {
  const r = await tx.tenantFaults.updateMany({
    where: { tenantId, throttleEveryNth: { gt: 0 } },
    data: { graphRequestCount: { increment: 1 } },
  });
  if (r.count === 0) return 0;
  const row = await tx.tenantFaults.findUnique({ where: { tenantId }, select: { graphRequestCount: true } });
  return row?.graphRequestCount ?? 0;
}
