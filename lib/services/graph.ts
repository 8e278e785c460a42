import "server-only";
import { getDb } from "@/lib/data/db";
import { findUser, findUserByUpn, findUsersPage } from "@/lib/data/users";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { AppError } from "@/lib/domain/errors";
import type { GraphUsersQuery } from "@/lib/validation/graph-query";
import { toUserView, type UserView } from "./users";

/**
 * Reads the Graph surface needs beyond the /api/v1 services (which it reuses for every write and every rule):
 * Graph's $filter forms and offset paging, and users named by id or userPrincipalName.
 */

export interface GraphUsersPage {
  users: UserView[];
  /** Offset of the next page, or null on the last page. */
  nextSkip: number | null;
}

export async function listGraphUsers(access: TenantAccess, q: GraphUsersQuery): Promise<GraphUsersPage> {
  assertCan(access, "users:read");
  const f = q.filter;
  const { rows, total } = await findUsersPage(getDb(), access.tenantId, {
    license: f?.kind === "license" ? f.sku : undefined,
    usageLocation: f?.kind === "usageLocation" ? f.value : undefined,
    displayNamePrefix: f?.kind === "displayNameStartsWith" ? f.value : undefined,
    sort: { key: "displayName", dir: "asc" },
    skip: q.skip,
    take: q.top,
  });
  const next = q.skip + rows.length;
  return { users: rows.map(toUserView), nextSkip: next < total && rows.length > 0 ? next : null };
}

/** Graph accepts a user's id or userPrincipalName in the path; answers the id (404 when neither matches). */
export async function resolveGraphUserId(access: TenantAccess, idOrUpn: string): Promise<string> {
  assertCan(access, "users:read");
  const db = getDb();
  const byId = await findUser(db, access.tenantId, idOrUpn);
  if (byId) return byId.id;
  const byUpn = idOrUpn.includes("@") ? await findUserByUpn(db, access.tenantId, idOrUpn.toLowerCase()) : null;
  if (byUpn) return byUpn.id;
  const exact = idOrUpn.includes("@") ? await findUserByUpn(db, access.tenantId, idOrUpn) : null;
  if (exact) return exact.id;
  throw AppError.notFound("That user");
}
