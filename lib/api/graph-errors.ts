import "server-only";
import { AppError } from "@/lib/domain/errors";
import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";
import { GRAPH_SERVICE_PLAN_IDS } from "@/lib/domain/graph-skus.data";

/**
 * Graph's error shape for the /graph/v1.0 surface: { error: { code, message, innerError: { date, request-id,
 * client-request-id, ruleId } } }. The rules engine decides; this only words the refusal as Graph does
 * (graph-licensing-notes §4.4), since scripts match on these strings.
 */

export interface GraphIds {
  requestId: string;
  clientRequestId: string;
}

export interface GraphErrorResult {
  status: number;
  body: { error: { code: string; message: string; innerError: Record<string, unknown> } };
}

function skuIdOf(sku: unknown): string {
  return typeof sku === "string" && isSkuPartNumber(sku) ? SKU_CATALOG[sku].skuId : String(sku ?? "");
}

function planIdOf(sku: unknown): string {
  return typeof sku === "string" && isSkuPartNumber(sku)
    ? (SKU_CATALOG[sku].servicePlans[0]?.servicePlanId ?? skuIdOf(sku))
    : String(sku ?? "");
}

const REQUIRED_PLAN: Record<string, string> = {
  phoneSystem: GRAPH_SERVICE_PLAN_IDS.MCOEV,
  skypeForBusiness: GRAPH_SERVICE_PLAN_IDS.MCOSTANDARD,
};

/** Graph's wording for the license refusals it has one for; our own message otherwise. */
function graphMessage(err: AppError): string {
  const d = (err.body.details ?? {}) as Record<string, unknown>;
  switch (err.body.code) {
    case "INSUFFICIENT_LICENSES":
      return `Subscription with SKU ${skuIdOf(d.sku)} does not have any available licenses.`;
    case "DEPENDENCY_VIOLATION": {
      const needs = REQUIRED_PLAN[String(d.requires)] ?? String(d.requires ?? "");
      return `License assignment failed because service plan ${planIdOf(d.sku)} depends on the service plan(s) ${needs}`;
    }
    case "MUTUALLY_EXCLUSIVE": {
      const other = Array.isArray(d.conflictsWith) ? d.conflictsWith[0] : undefined;
      return `License assignment failed because service plans ${planIdOf(d.sku)},${planIdOf(other)} are mutually exclusive`;
    }
    case "USAGE_LOCATION_REQUIRED":
      return "License assignment cannot be done for user with invalid usage location.";
    case "VALIDATION_FAILED": {
      const fields = Object.entries((err.body.details ?? {}) as Record<string, string[]>)
        .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join("; ") : String(v)}`)
        .join(" | ");
      return fields ? `Invalid request. ${fields}` : err.body.message;
    }
    default:
      return err.body.message;
  }
}

const BY_CODE: Record<string, { status: number; code: string }> = {
  NOT_FOUND: { status: 404, code: "Request_ResourceNotFound" },
  FORBIDDEN: { status: 403, code: "Authorization_RequestDenied" },
  UNAUTHENTICATED: { status: 401, code: "InvalidAuthenticationToken" },
};

function innerErrorOf(ids: GraphIds, now: Date) {
  return {
    date: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    "request-id": ids.requestId,
    "client-request-id": ids.clientRequestId,
  };
}

/** SBX-FAULT-THROTTLE: Graph's 429 (the Retry-After header is the caller's). */
export function graphThrottled(retryAfterSeconds: number, ids: GraphIds, now = new Date()): GraphErrorResult {
  return {
    status: 429,
    body: {
      error: {
        code: "TooManyRequests",
        message: `Too many requests for this tenant (a sandbox fault); retry after ${retryAfterSeconds} seconds.`,
        innerError: { ...innerErrorOf(ids, now), ruleId: "SBX-FAULT-THROTTLE" },
      },
    },
  };
}

/** SBX-FAULT-FAIL: a provoked 500 or 503, with Graph's codes for them. */
export function graphFaultFailure(status: 500 | 503, ids: GraphIds, now = new Date()): GraphErrorResult {
  return {
    status,
    body: {
      error: {
        code: status === 503 ? "serviceNotAvailable" : "generalException",
        message: `A failure provoked by this tenant's sandbox faults (${status}); nothing was changed.`,
        innerError: { ...innerErrorOf(ids, now), ruleId: "SBX-FAULT-FAIL" },
      },
    },
  };
}

export function graphError(err: unknown, ids: GraphIds, now = new Date()): GraphErrorResult {
  const innerError = innerErrorOf(ids, now);
  if (err instanceof AppError) {
    const mapped = BY_CODE[err.body.code] ?? { status: 400, code: "Request_BadRequest" };
    return {
      status: mapped.status,
      body: {
        error: {
          code: mapped.code,
          message: graphMessage(err),
          innerError: { ...innerError, ...(err.body.ruleId ? { ruleId: err.body.ruleId } : {}), sandboxCode: err.body.code },
        },
      },
    };
  }
  console.error("[graph] unexpected error", err);
  return {
    status: 500,
    body: { error: { code: "generalException", message: "Something went wrong on our side. Try again.", innerError } },
  };
}
