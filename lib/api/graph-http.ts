import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/domain/errors";
import type { TenantAccess } from "@/lib/auth/actor";
import { graphAccessForToken } from "@/lib/services/app-registrations";
import { text } from "@/lib/validation/primitives";
import { graphError, graphFaultFailure, graphThrottled, type GraphIds } from "./graph-errors";
import { requestFault } from "./faults";
import { runGraph, type GraphCall, type GraphResult } from "./graph";
import { parseWith, readJson } from "./handler";
import { jsonResponse } from "./respond";

export const GRAPH_BATCH_MAX = 20;
const GRAPH_JSON = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

/** The absolute base the client called: its scheme and Host (behind a proxy, X-Forwarded-*). */
function baseOf(req: Request): string {
  const url = new URL(req.url);
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  return `${proto}://${host}/graph/v1.0`;
}

async function requireGraphAccess(req: Request): Promise<TenantAccess> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "");
  const access = match ? await graphAccessForToken(match[1]) : null;
  if (!access) {
    throw new AppError({
      code: "UNAUTHENTICATED",
      message: "Send a bearer token from this sandbox's /{tenantId}/oauth2/v2.0/token endpoint.",
    });
  }
  return access;
}

function respond(result: GraphResult, ids: GraphIds, extra: Record<string, string> = {}): Response {
  const headers = new Headers({ "request-id": ids.requestId, "client-request-id": ids.clientRequestId, ...extra });
  if (result.body === null) return new Response(null, { status: result.status, headers });
  return jsonResponse(result.body, { status: result.status, headers }, GRAPH_JSON);
}

const batchInput = z
  .object({
    requests: z
      .array(
        z.object({
          id: text().min(1).max(100),
          method: z.enum(["GET", "POST", "PATCH", "PUT", "DELETE"]),
          url: text().min(1).max(2000),
          headers: z.record(text(), text()).optional(),
          body: z.unknown().optional(),
          dependsOn: z.array(text()).max(GRAPH_BATCH_MAX).optional(),
        }),
      )
      .min(1)
      .max(GRAPH_BATCH_MAX),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.requests.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: "custom", path: ["requests", i, "id"], message: "Request ids must be unique" });
      for (const d of r.dependsOn ?? []) {
        if (!seen.has(d))
          ctx.addIssue({
            code: "custom",
            path: ["requests", i, "dependsOn"],
            message: `dependsOn names ${d}, which isn't an earlier request`,
          });
      }
      seen.add(r.id);
    });
  });

/** POST /$batch: JSON batching, in order; a request whose dependency failed answers 424 without running. */
async function runBatch(call: GraphCall, ids: GraphIds): Promise<GraphResult> {
  const input = parseWith(batchInput, call.body);
  const statusById = new Map<string, number>();
  const responses = [];
  for (const r of input.requests) {
    const failedDep = (r.dependsOn ?? []).find((d) => (statusById.get(d) ?? 500) >= 400);
    let result: GraphResult;
    if (failedDep !== undefined) {
      result = graphError(
        new AppError({ code: "FAILED_DEPENDENCY", message: `Request ${failedDep} failed, so this one didn't run.` }),
        ids,
      );
      result = { status: 424, body: result.body };
    } else {
      const url = new URL(r.url.startsWith("/") ? r.url : `/${r.url}`, "http://batch.invalid");
      try {
        result = await runGraph({
          ...call,
          method: r.method,
          // "/v1.0/users" as Graph's own clients write it, or "/graph/v1.0/users" when they strip the sandbox's host.
          path: url.pathname.replace(/^(\/graph)?\/v1\.0(?=\/)/, ""),
          query: url.searchParams,
          body: r.body ?? {},
        });
      } catch (err) {
        result = graphError(err, ids);
      }
    }
    statusById.set(r.id, result.status);
    const headers: Record<string, string> = result.body === null ? {} : { "Content-Type": "application/json" };
    responses.push({ id: r.id, status: result.status, headers, ...(result.body === null ? {} : { body: result.body }) });
  }
  return { status: 200, body: { responses } };
}

/** The one handler of app/graph/v1.0/[...path]. */
export async function handleGraph(req: Request, segments: string[]): Promise<Response> {
  const ids: GraphIds = { requestId: randomUUID(), clientRequestId: req.headers.get("client-request-id") ?? randomUUID() };
  try {
    const access = await requireGraphAccess(req);
    // Sandbox faults fire before anything runs (SBX-FAULT-FAIL, SBX-FAULT-THROTTLE): nothing changes.
    const fault = await requestFault(access, "graph", req);
    if (fault.kind === "throttle")
      return respond(graphThrottled(fault.retryAfterSeconds, ids), ids, { "Retry-After": String(fault.retryAfterSeconds) });
    if (fault.kind === "fail") return respond(graphFaultFailure(fault.status, ids), ids);
    const url = new URL(req.url);
    const path = `/${segments.map(encodeURIComponent).join("/")}`;
    const body = ["POST", "PATCH", "PUT"].includes(req.method) ? await readJson(req) : undefined;
    const call: GraphCall = { access, method: req.method, path, query: url.searchParams, body, base: baseOf(req) };
    const isBatch = req.method === "POST" && segments.length === 1 && segments[0] === "$batch";
    const result = isBatch ? await runBatch(call, ids) : await runGraph(call);
    return respond(result, ids);
  } catch (err) {
    return respond(graphError(err, ids), ids);
  }
}
