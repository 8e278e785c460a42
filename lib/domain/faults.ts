/**
 * Sandbox faults (issue 13, api.md "Sandbox faults"): failures a tenant's owner provokes on purpose, to test their
 * scripts. Pure decisions only; storage is lib/data/faults.ts, the firing hook the API and Graph wrappers.
 *
 * Rules (sandbox rules, each cited by its id below):
 * - SBX-FAULT-ROLE: only a Global admin sets or clears faults; everyone in the tenant sees them (and the banner).
 * - SBX-FAULT-FAIL: failNextRequests answers 500 or 503 before the request does anything, so nothing changes.
 * - SBX-FAULT-THROTTLE: with graphThrottle, every Nth Graph request answers 429 with Retry-After (Graph's
 *   TooManyRequests), before it does anything.
 * - SBX-FAULT-DECLINE: declineNextCharges makes the simulated card decline the next card charges (fundings and
 *   auto-recharges), which then take the declined-card path (SBX-PAY-1, A-4 back-off); it adds no refusal of its own.
 * - SBX-FAULT-LATENCY: latencyMs delays every API and Graph request of the tenant.
 * Each firing counts down (decline, fail) and is recorded on the audit trail.
 */

export const FAULT_LIMITS = {
  declineNextCharges: 100,
  latencyMs: 10_000,
  everyNth: 1_000,
  retryAfterSeconds: 120,
  failCount: 100,
} as const;

export type FailStatus = 500 | 503;

export interface TenantFaults {
  declineNextCharges: number;
  latencyMs: number;
  graphThrottle: { everyNth: number; retryAfterSeconds: number } | null;
  failNextRequests: { count: number; status: FailStatus } | null;
}

export const NO_FAULTS: TenantFaults = { declineNextCharges: 0, latencyMs: 0, graphThrottle: null, failNextRequests: null };

/** A PUT body: any of the faults; a field left out keeps its value, 0 or null turns it off. */
export interface FaultsChange {
  declineNextCharges?: number;
  latencyMs?: number;
  graphThrottle?: { everyNth: number; retryAfterSeconds: number } | null;
  failNextRequests?: { count: number; status: FailStatus } | null;
}

export function applyFaultsChange(current: TenantFaults, change: FaultsChange): TenantFaults {
  const next: TenantFaults = { ...current };
  if (change.declineNextCharges !== undefined) next.declineNextCharges = change.declineNextCharges;
  if (change.latencyMs !== undefined) next.latencyMs = change.latencyMs;
  if (change.graphThrottle !== undefined) next.graphThrottle = change.graphThrottle?.everyNth ? change.graphThrottle : null;
  if (change.failNextRequests !== undefined) next.failNextRequests = change.failNextRequests?.count ? change.failNextRequests : null;
  return next;
}

export function isAnyFaultActive(f: TenantFaults): boolean {
  return f.declineNextCharges > 0 || f.latencyMs > 0 || f.graphThrottle !== null || f.failNextRequests !== null;
}

/** The active faults as short phrases (banner, audit), in our words. */
export function describeFaults(f: TenantFaults): string[] {
  const out: string[] = [];
  if (f.failNextRequests) {
    const n = f.failNextRequests.count;
    out.push(`the next ${n === 1 ? "API or Graph request fails" : `${n} API or Graph requests fail`} with ${f.failNextRequests.status}`);
  }
  if (f.graphThrottle) {
    const n = f.graphThrottle.everyNth;
    out.push(
      `${n === 1 ? "every Graph request" : `every ${ordinal(n)} Graph request`} is throttled (429, retry after ${f.graphThrottle.retryAfterSeconds} s)`,
    );
  }
  if (f.latencyMs > 0) out.push(`every API and Graph request waits ${f.latencyMs} ms`);
  if (f.declineNextCharges > 0) {
    const n = f.declineNextCharges;
    out.push(`the card declines the next ${n === 1 ? "charge" : `${n} charges`}`);
  }
  return out;
}

function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

export type RequestSurface = "api" | "graph";

/** What the edge does with one request before running it. */
export type RequestFault =
  | { kind: "none"; latencyMs: number }
  | { kind: "fail"; latencyMs: number; status: FailStatus; remaining: number }
  | { kind: "throttle"; latencyMs: number; retryAfterSeconds: number; requestNumber: number };

/**
 * Decides a request's fault. `graphRequestNumber` is this Graph request's number since the throttle was set
 * (1, 2, 3...), counted by the caller. A pending failure comes first (SBX-FAULT-FAIL), then the throttle
 * (SBX-FAULT-THROTTLE, Graph only); latency applies to every request, failed ones too.
 */
export function decideRequestFault(f: TenantFaults, surface: RequestSurface, graphRequestNumber = 0): RequestFault {
  const latencyMs = f.latencyMs;
  if (f.failNextRequests && f.failNextRequests.count > 0) {
    return { kind: "fail", latencyMs, status: f.failNextRequests.status, remaining: f.failNextRequests.count - 1 };
  }
  if (surface === "graph" && f.graphThrottle && graphRequestNumber > 0 && graphRequestNumber % f.graphThrottle.everyNth === 0) {
    return { kind: "throttle", latencyMs, retryAfterSeconds: f.graphThrottle.retryAfterSeconds, requestNumber: graphRequestNumber };
  }
  return { kind: "none", latencyMs };
}

/**
 * SBX-FAULT-DECLINE: the card outcome a charge meets. A card that already fails keeps its own outcome (the fault
 * doesn't fire); a card that pays is declined while charges are left to decline.
 */
export function decideChargeOutcome<P extends string>(
  f: Pick<TenantFaults, "declineNextCharges">,
  cardOutcome: P | "succeed",
): { outcome: P | "succeed" | "decline"; fired: boolean } {
  if (cardOutcome === "succeed" && f.declineNextCharges > 0) return { outcome: "decline", fired: true };
  return { outcome: cardOutcome, fired: false };
}
