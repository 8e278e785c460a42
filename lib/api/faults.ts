import "server-only";
import type { TenantAccess } from "@/lib/auth/actor";
import type { RequestFault, RequestSurface } from "@/lib/domain/faults";
import { faultLatency, fireRequestFaults } from "@/lib/services/faults";
import { jsonResponse } from "./respond";

/**
 * The firing hook of the edge wrappers (tenantRoute, the Graph handler): before a tenant's request runs, waits out
 * any provoked latency and answers a provoked failure at once (SBX-FAULT-FAIL, SBX-FAULT-THROTTLE), so the
 * request never reaches a service and the tenant's state can't change.
 */
export async function requestFault(access: TenantAccess, surface: RequestSurface, req: Request): Promise<RequestFault> {
  const url = new URL(req.url);
  const fault = await fireRequestFaults(access, surface, `${req.method} ${url.pathname}`);
  await faultLatency(fault);
  return fault;
}

/** The /api/v1 answer of a provoked failure, in the API's error shape. */
export function apiFaultResponse(fault: RequestFault): Response | null {
  if (fault.kind !== "fail") return null;
  return jsonResponse(
    {
      error: {
        code: "SANDBOX_FAULT",
        message: `This failure (${fault.status}) was provoked by the tenant's sandbox faults; nothing was changed. ${fault.remaining} more to come.`,
        ruleId: "SBX-FAULT-FAIL",
        details: { status: fault.status, remaining: fault.remaining },
      },
    },
    { status: fault.status },
  );
}
