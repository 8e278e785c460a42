import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/errors";
import { isWellFormed } from "@/lib/validation/primitives";
import { findActorByToken } from "@/lib/auth/credentials";
import { AppError } from "@/lib/domain/errors";
import type { Actor, TenantAccess } from "@/lib/auth/actor";
import { getTenantAccess } from "@/lib/services/tenants";
import { findSessionActor } from "@/lib/auth/session";
import { statusOf } from "./status";
import { apiFaultResponse, requestFault } from "./faults";
import { jsonResponse } from "./respond";

/** One error shape for every failure (shared/api.md "Conventions"). Never a stack or a raw message. */
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    const retryAfter = err.body.details?.retryAfterSeconds;
    const headers = typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined;
    return jsonResponse({ error: { ...err.body } }, { status: statusOf(err.body.code), headers });
  }
  console.error("[api] unexpected error", err);
  return jsonResponse({ error: { code: "INTERNAL", message: "Something went wrong on our side. Try again." } }, { status: 500 });
}

/** The caller: a bearer token, or else the browser's session (so the console can call the API too). */
async function requireApiActor(req: Request): Promise<Actor> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await findActorByToken(match[1]) : null;
    if (!actor) throw AppError.unauthenticated();
    return actor;
  }
  const actor = await findSessionActor();
  if (!actor) throw AppError.unauthenticated();
  // A browser session may only write from the console's own origin (other local ports are "same site",
  // so SameSite cookies alone don't stop them). Scripts use tokens and send no Origin.
  const origin = req.headers.get("origin");
  if (!["GET", "HEAD"].includes(req.method) && origin && origin !== new URL(req.url).origin) {
    throw new AppError({ code: "FORBIDDEN", message: "Requests signed in with a browser session must come from the console itself." });
  }
  return actor;
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error));
  return parsed.data;
}

export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw AppError.validation({ _: ["The body is not valid JSON."] }, "The body is not valid JSON.");
  }
}

type RouteContext<P> = { params: Promise<P> };

/** Wraps a route handler: authenticates, runs, maps AppError to the error shape. */
export function apiRoute<P = Record<string, string>>(
  fn: (req: Request, ctx: { actor: Actor; params: P }) => Promise<Response>,
  opts: { auth?: boolean } = {},
) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const params = context?.params ? await context.params : ({} as P);
      // No id holds a NUL or a broken character, and PostgreSQL refuses one in a query: answer 404 before asking.
      for (const v of Object.values(params as Record<string, unknown>)) {
        if (typeof v === "string" && !isWellFormed(v)) throw AppError.notFound("That resource");
      }
      const actor = opts.auth === false ? (null as unknown as Actor) : await requireApiActor(req);
      return await fn(req, { actor, params });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/**
 * A route under /tenants/{id}: authenticates, and resolves the caller's access to the tenant (404 for a tenant
 * they may not see) before the handler runs. Every tenant route goes through here.
 */
export function tenantRoute<P extends { id: string } = { id: string }>(
  fn: (req: Request, ctx: { access: TenantAccess; params: P }) => Promise<Response>,
  opts: { faults?: boolean } = {},
) {
  return apiRoute<P>(async (req, { actor, params }) => {
    const access = await getTenantAccess(actor, params.id);
    // Sandbox faults fire here, before the handler (the faults routes themselves opt out, so they can be cleared).
    if (opts.faults !== false) {
      const failed = apiFaultResponse(await requestFault(access, "api", req));
      if (failed) return failed;
    }
    return fn(req, { access, params });
  });
}

/** The client's address: the first x-forwarded-for hop, else x-real-ip (Next's server sets both from the socket). */
export function clientIp(req: Request): string {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || req.headers.get("x-real-ip")?.trim() || "unknown";
}

export function json(body: unknown, status = 200): Response {
  return jsonResponse(body, { status });
}
