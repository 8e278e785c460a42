import "server-only";
import { getDb, type Tx } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import { countGraphRequest, deleteFaults, findFaults, saveFaults, takeDeclinedCharge, takeFailure } from "@/lib/data/faults";
import {
  applyFaultsChange,
  decideChargeOutcome,
  decideRequestFault,
  describeFaults,
  isAnyFaultActive,
  type RequestFault,
  type RequestSurface,
  type TenantFaults,
} from "@/lib/domain/faults";
import { AppError } from "@/lib/domain/errors";
import type { Reason, Result } from "@/lib/domain/types";
import { can } from "@/lib/domain/roles";
import type { FaultsInput, FaultsView } from "@/lib/validation/faults";
import type { TenantAccess } from "@/lib/auth/actor";
import { actorOf } from "./support";

/** Sandbox faults (issue 13): settings, the firing hook the API and Graph wrappers call, and the card-charge hook. */

function toView(f: TenantFaults): FaultsView {
  return { ...f, active: isAnyFaultActive(f), summary: describeFaults(f) };
}

/** SBX-FAULT-ROLE: everyone in the tenant sees the faults. */
export async function getFaults(access: TenantAccess): Promise<FaultsView> {
  if (!can(access.role, "tenant:read")) throw AppError.forbidden();
  return toView(await findFaults(getDb(), access.tenantId));
}

/** SBX-FAULT-ROLE: only a Global admin sets or clears faults. */
function assertCanSetFaults(access: TenantAccess): void {
  if (!can(access.role, "faults:manage")) {
    throw new AppError({
      code: "FORBIDDEN",
      message: "Only a Global admin can set or clear sandbox faults; your role can see them.",
      ruleId: "SBX-FAULT-ROLE",
    });
  }
}

export async function setFaults(access: TenantAccess, input: FaultsInput): Promise<FaultsView> {
  assertCanSetFaults(access);
  return getDb().$transaction(async (tx) => {
    const before = await findFaults(tx, access.tenantId);
    const after = applyFaultsChange(before, input);
    const throttleChanged = JSON.stringify(before.graphThrottle) !== JSON.stringify(after.graphThrottle);
    await saveFaults(tx, access.tenantId, after, throttleChanged);
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access),
      action: "faults.set",
      target: "sandbox faults",
      outcome: "success",
      ruleIds: ["SBX-FAULT-ROLE"],
      details: { ...after, summary: describeFaults(after) },
    });
    return toView(after);
  });
}

export async function clearFaults(access: TenantAccess): Promise<void> {
  assertCanSetFaults(access);
  await getDb().$transaction(async (tx) => {
    await deleteFaults(tx, access.tenantId);
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access),
      action: "faults.clear",
      target: "sandbox faults",
      outcome: "success",
      ruleIds: ["SBX-FAULT-ROLE"],
    });
  });
}

/**
 * The firing hook of the edge wrappers, before a request of the tenant runs (SBX-FAULT-FAIL, SBX-FAULT-THROTTLE).
 * A failure is taken (counted down) and the firing recorded in one transaction of its own, which is all the request
 * writes: the caller answers at once, so the tenant's state never changes. Latency is the caller's to wait.
 */
export async function fireRequestFaults(access: TenantAccess, surface: RequestSurface, request: string): Promise<RequestFault> {
  const db = getDb();
  const faults = await findFaults(db, access.tenantId);
  if (faults.failNextRequests === null && faults.latencyMs === 0 && !(surface === "graph" && faults.graphThrottle)) {
    return { kind: "none", latencyMs: 0 };
  }
  return db.$transaction(async (tx) => {
    const current = await findFaults(tx, access.tenantId);
    const requestNumber = surface === "graph" && current.graphThrottle ? await countGraphRequest(tx, access.tenantId) : 0;
    const fault = decideRequestFault(current, surface, requestNumber);
    if (fault.kind === "fail" && !(await takeFailure(tx, access.tenantId))) return { kind: "none", latencyMs: fault.latencyMs } as const;
    const fired = fault.kind !== "none" || fault.latencyMs > 0;
    if (fired) {
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: fault.kind === "fail" ? "fault.fail" : fault.kind === "throttle" ? "fault.throttle" : "fault.latency",
        target: request,
        outcome: "denied",
        ruleIds: [fault.kind === "fail" ? "SBX-FAULT-FAIL" : fault.kind === "throttle" ? "SBX-FAULT-THROTTLE" : "SBX-FAULT-LATENCY"],
        details:
          fault.kind === "fail"
            ? { status: fault.status, remaining: fault.remaining, latencyMs: fault.latencyMs }
            : fault.kind === "throttle"
              ? { retryAfterSeconds: fault.retryAfterSeconds, requestNumber: fault.requestNumber, latencyMs: fault.latencyMs }
              : { latencyMs: fault.latencyMs },
      });
    }
    return fault;
  });
}

/** Waits out a fault's latency. */
export function faultLatency(fault: RequestFault): Promise<void> {
  return fault.latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, fault.latencyMs)) : Promise.resolve();
}

/**
 * SBX-FAULT-DECLINE for a charge that commits whatever the card says (an auto-recharge: a failed one records its
 * failure): inside the charge's transaction, takes one declined charge and records the firing.
 */
export async function chargeOutcomeInTx<P extends string>(
  tx: Tx,
  tenantId: string,
  cardOutcome: P | "succeed",
  actor: { accountId: string | null; email: string },
  what: string,
): Promise<P | "succeed" | "decline"> {
  const decision = decideChargeOutcome(await findFaults(tx, tenantId), cardOutcome);
  if (!decision.fired || !(await takeDeclinedCharge(tx, tenantId))) return cardOutcome;
  await recordDecline(tx, tenantId, actor, what);
  return decision.outcome;
}

/**
 * SBX-FAULT-DECLINE for a charge whose refusal rolls its transaction back (a funding): decides inside it (without
 * writing); `afterRollback` then takes the declined charge and records the firing in a transaction of its own.
 */
export async function peekChargeOutcome<P extends string>(
  tx: Tx,
  tenantId: string,
  cardOutcome: P | "succeed",
): Promise<{ outcome: P | "succeed" | "decline"; fired: boolean }> {
  return decideChargeOutcome(await findFaults(tx, tenantId), cardOutcome);
}

/**
 * Unwraps a funding decision, marking a refusal the fault caused (details.sandboxFault), so that the caller can
 * record the firing once the refusal has rolled the transaction back (`recordFaultDecline`).
 */
export function unwrapFunding<T>(result: Result<T, Reason>, fired: boolean): T {
  if (result.ok) return result.value;
  if (fired && result.error.code === "PAYMENT_DECLINED") {
    throw AppError.fromReason({ ...result.error, details: { ...(result.error.details ?? {}), sandboxFault: "declineNextCharges" } });
  }
  throw AppError.fromReason(result.error);
}

/** After a refused charge: when the fault declined it, takes one declined charge and audits the firing. */
export async function recordFaultDecline(access: TenantAccess, err: unknown, what: string): Promise<void> {
  if (err instanceof AppError && err.body.details?.sandboxFault === "declineNextCharges") await recordDeclineAfterRollback(access, what);
}

export async function recordDeclineAfterRollback(access: TenantAccess, what: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    if (await takeDeclinedCharge(tx, access.tenantId)) await recordDecline(tx, access.tenantId, actorOf(access), what);
  });
}

async function recordDecline(tx: Tx, tenantId: string, actor: { accountId: string | null; email: string }, what: string) {
  const left = (await findFaults(tx, tenantId)).declineNextCharges;
  await createAuditEvent(tx, {
    tenantId,
    actor,
    action: "fault.decline",
    target: what,
    outcome: "denied",
    ruleIds: ["SBX-FAULT-DECLINE", "SBX-PAY-1"],
    details: { remaining: left },
  });
}
