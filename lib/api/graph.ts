import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/domain/errors";
import type { TenantAccess } from "@/lib/auth/actor";
import { assignLicense, listLicenseDetails, listSubscribedSkus, type SubscribedSku } from "@/lib/services/licenses";
import { createUser, getUser, updateUser, type UserView } from "@/lib/services/users";
import { getTenantState } from "@/lib/services/tenants";
import { listGraphUsers, resolveGraphUserId } from "@/lib/services/graph";
import { assignLicenseInput, createUserInput, updateUserInput } from "@/lib/validation/users";
import { graphUsersQuery } from "@/lib/validation/graph-query";
import { text } from "@/lib/validation/primitives";
import { parseWith } from "./handler";

/**
 * The /graph/v1.0 operations, shared by the HTTP route and $batch. Every write goes through the same services
 * (and so the same rules engine) as /api/v1; this file only maps Graph's paths and shapes.
 */

export interface GraphCall {
  access: TenantAccess;
  method: string;
  /** Path below /graph/v1.0, e.g. "/users/abc/assignLicense". */
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Absolute base the client called, e.g. "https://localhost:3107/graph/v1.0" (for @odata.context and nextLink). */
  base: string;
}

export interface GraphResult {
  status: number;
  body: unknown;
}

export function graphUser(u: UserView) {
  return {
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    mail: u.userPrincipalName,
    usageLocation: u.usageLocation,
    accountEnabled: true,
    createdDateTime: u.createdAt,
    userType: "Member",
    assignedLicenses: u.assignedLicenses.map((l) => ({ skuId: l.skuId, disabledPlans: l.disabledPlans })),
  };
}

/** $select: keep the named properties (id always), in Graph's casing; unknown names are ignored. */
function selectFields<T extends Record<string, unknown>>(obj: T, select: string[] | undefined): Partial<T> {
  if (!select || select.length === 0) return obj;
  const keep = new Set(["id", ...select]);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keep.has(k))) as Partial<T>;
}

function graphSku(s: SubscribedSku) {
  const { unlimited: _unlimited, ...rest } = s;
  return rest;
}

const selectQuery = z.object({ $select: text().max(500).optional() });
function selectOf(query: URLSearchParams): string[] | undefined {
  const q = parseWith(selectQuery, { $select: query.get("$select") ?? undefined });
  return q.$select
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Graph's POST /users body: the fields the sandbox keeps; Graph-only ones (passwordProfile, mailNickname...) are accepted and ignored. */
const graphCreateUser = z
  .object({ displayName: z.unknown(), userPrincipalName: z.unknown(), usageLocation: z.unknown().optional() })
  .transform((v) => ({ displayName: v.displayName, userPrincipalName: v.userPrincipalName, usageLocation: v.usageLocation ?? null }));
const graphUpdateUser = z
  .object({ displayName: z.unknown().optional(), userPrincipalName: z.unknown().optional(), usageLocation: z.unknown().optional() })
  .transform((v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)));

function listQuery(query: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const k of ["$top", "$skiptoken", "$select", "$filter"]) {
    const v = query.get(k);
    if (v !== null) raw[k] = v;
  }
  return parseWith(graphUsersQuery, raw);
}

function nextLink(call: GraphCall, skip: number): string {
  const q = new URLSearchParams(call.query);
  q.set("$skiptoken", String(skip));
  return `${call.base}${call.path}?${q.toString()}`;
}

const ctx = (call: GraphCall, fragment: string) => `${call.base}/$metadata#${fragment}`;

/** Runs one Graph operation; throws AppError (mapped to Graph's error shape by the caller). */
export async function runGraph(call: GraphCall): Promise<GraphResult> {
  const { access, method } = call;
  const seg = call.path.split("/").filter(Boolean).map(decodeURIComponent);
  const route = `${method} /${seg.map((s, i) => (i === 1 && (seg[0] === "users" || seg[0] === "subscribedSkus") ? "{id}" : s)).join("/")}`;
  switch (route) {
    case "GET /organization": {
      const t = await getTenantState(access);
      return {
        status: 200,
        body: {
          "@odata.context": ctx(call, "organization"),
          value: [
            {
              id: t.id,
              displayName: t.name,
              countryLetterCode: t.country,
              createdDateTime: t.createdAt,
              tenantType: "AAD",
              verifiedDomains: [],
            },
          ],
        },
      };
    }
    case "GET /subscribedSkus":
      return {
        status: 200,
        body: { "@odata.context": ctx(call, "subscribedSkus"), value: (await listSubscribedSkus(access)).map(graphSku) },
      };
    case "GET /subscribedSkus/{id}": {
      const sku = (await listSubscribedSkus(access)).find((s) => s.id === seg[1] || s.skuId === seg[1]);
      if (!sku) throw AppError.notFound("That subscribed sku");
      return { status: 200, body: { "@odata.context": ctx(call, "subscribedSkus/$entity"), ...graphSku(sku) } };
    }
    case "GET /users": {
      const q = listQuery(call.query);
      const page = await listGraphUsers(access, q);
      const fragment = q.select ? `users(${q.select.join(",")})` : "users";
      return {
        status: 200,
        body: {
          "@odata.context": ctx(call, fragment),
          value: page.users.map((u) => selectFields(graphUser(u), q.select)),
          ...(page.nextSkip !== null ? { "@odata.nextLink": nextLink(call, page.nextSkip) } : {}),
        },
      };
    }
    case "POST /users": {
      const input = parseWith(createUserInput, parseWith(graphCreateUser, call.body));
      const user = await createUser(access, input);
      return { status: 201, body: { "@odata.context": ctx(call, "users/$entity"), ...graphUser(user) } };
    }
    case "GET /users/{id}": {
      const user = await getUser(access, await resolveGraphUserId(access, seg[1]));
      const select = selectOf(call.query);
      return { status: 200, body: { "@odata.context": ctx(call, "users/$entity"), ...selectFields(graphUser(user), select) } };
    }
    case "PATCH /users/{id}": {
      const input = parseWith(updateUserInput, parseWith(graphUpdateUser, call.body));
      await updateUser(access, await resolveGraphUserId(access, seg[1]), input);
      return { status: 204, body: null };
    }
    case "POST /users/{id}/assignLicense": {
      const input = parseWith(assignLicenseInput, call.body);
      const user = await assignLicense(access, await resolveGraphUserId(access, seg[1]), input);
      return { status: 200, body: { "@odata.context": ctx(call, "users/$entity"), ...graphUser(user) } };
    }
    case "GET /users/{id}/licenseDetails": {
      const id = await resolveGraphUserId(access, seg[1]);
      return {
        status: 200,
        body: { "@odata.context": ctx(call, `users('${id}')/licenseDetails`), value: await listLicenseDetails(access, id) },
      };
    }
    default:
      throw AppError.notFound(`The resource ${method} ${call.path}`);
  }
}
