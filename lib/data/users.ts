import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dialect, type Db, type Tx } from "./db";
import { sqlOf } from "./sql";
import { insertRows, newId, sqliteDate } from "./licenses";

export type UserSortKey = "displayName" | "userPrincipalName" | "usageLocation" | "pstnConnectivity" | "kind" | "createdAt";

export interface UsersPageQuery {
  search?: string;
  /** Only users holding this sku. */
  license?: string;
  /** Graph $filter usageLocation eq 'XX'. */
  usageLocation?: string;
  /** Graph $filter startswith(displayName,'x'). */
  displayNamePrefix?: string;
  sort?: { key: UserSortKey; dir: "asc" | "desc" };
  skip?: number;
  take?: number;
}

const userWithLicenses = {
  id: true,
  tenantId: true,
  userPrincipalName: true,
  displayName: true,
  usageLocation: true,
  pstnConnectivity: true,
  kind: true,
  createdAt: true,
  assignments: { select: { sku: true, disabledPlansJson: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.DirectoryUserSelect;

export type UserRow = Prisma.DirectoryUserGetPayload<{ select: typeof userWithLicenses }>;

function pageWhere(tenantId: string, q: UsersPageQuery): Prisma.DirectoryUserWhereInput {
  const where: Prisma.DirectoryUserWhereInput = { tenantId };
  // SQLite's LIKE is case-insensitive for ASCII, which is what a search box wants; PostgreSQL's needs ILIKE
  // (`mode: "insensitive"`, which SQLite's client type doesn't know, hence the cast).
  if (q.search) {
    const contains = (dialect() === "postgresql" ? { contains: q.search, mode: "insensitive" } : { contains: q.search }) as {
      contains: string;
    };
    where.OR = [{ displayName: contains }, { userPrincipalName: contains }];
  }
  if (q.license) where.assignments = { some: { tenantId, sku: q.license } };
  if (q.usageLocation) where.usageLocation = q.usageLocation;
  if (q.displayNamePrefix) {
    // Graph's startswith ignores case, as SQLite's LIKE does for ASCII; PostgreSQL needs ILIKE.
    where.displayName = (
      dialect() === "postgresql" ? { startsWith: q.displayNamePrefix, mode: "insensitive" } : { startsWith: q.displayNamePrefix }
    ) as { startsWith: string };
  }
  return where;
}

/**
 * One page of a tenant's users with their licenses. Sorting by display name or username walks the
 * (tenantId, displayName) and (tenantId, userPrincipalName) indexes; the id breaks ties so pages are stable.
 */
export async function findUsersPage(tx: Tx, tenantId: string, q: UsersPageQuery = {}): Promise<{ rows: UserRow[]; total: number }> {
  const where = pageWhere(tenantId, q);
  const sort = q.sort ?? { key: "displayName", dir: "asc" };
  const orderBy: Prisma.DirectoryUserOrderByWithRelationInput[] = [{ [sort.key]: sort.dir }];
  if (sort.key !== "displayName") orderBy.push({ displayName: "asc" });
  orderBy.push({ id: "asc" });
  const [rows, total] = await Promise.all([
    tx.directoryUser.findMany({ where, orderBy, skip: q.skip ?? 0, take: q.take ?? 50, select: userWithLicenses }),
    tx.directoryUser.count({ where }),
  ]);
  return { rows, total };
}

export async function findUser(tx: Tx, tenantId: string, userId: string): Promise<UserRow | null> {
  return tx.directoryUser.findFirst({ where: { id: userId, tenantId }, select: userWithLicenses });
}

/** What the rules need about a user, for bulk decisions: no dates, licenses as a list of skus. */
export interface UserLicenseRow {
  id: string;
  userPrincipalName: string;
  usageLocation: string | null;
  pstnConnectivity: "online" | "onPremises";
  kind: "person" | "room";
  skus: string[];
}

/**
 * Users with their skus in one grouped query (a bulk change over 10,000 users reads them all at once;
 * Prisma's relation loading costs several times more). `ids` limits the result; omit it for the whole tenant.
 */
export async function findUserLicenseRows(tx: Db | Tx, tenantId: string, ids?: readonly string[]): Promise<UserLicenseRow[]> {
  const filter = ids ? ` AND u."id" IN (${ids.map(() => "?").join(", ")})` : "";
  // The one word that differs: SQLite's group_concat is PostgreSQL's string_agg (enums cast to text there).
  const skus = dialect() === "postgresql" ? `string_agg(a."sku"::text, ',')` : `group_concat(a."sku", ',')`;
  const rows = await sqlOf(tx).all<Omit<UserLicenseRow, "skus"> & { skus: string | null }>(
    `SELECT u."id" AS "id", u."userPrincipalName" AS "userPrincipalName", u."usageLocation" AS "usageLocation",
            u."pstnConnectivity" AS "pstnConnectivity", u."kind" AS "kind", ${skus} AS "skus"
       FROM "DirectoryUser" u
       LEFT JOIN "LicenseAssignment" a ON a."userId" = u."id" AND a."tenantId" = u."tenantId"
      WHERE u."tenantId" = ?${filter}
      GROUP BY u."id"`,
    tenantId,
    ...(ids ?? []),
  );
  return rows.map((r) => ({ ...r, skus: r.skus ? r.skus.split(",") : [] }));
}

export async function findUserByUpn(tx: Tx, tenantId: string, userPrincipalName: string) {
  return tx.directoryUser.findUnique({
    where: { tenantId_userPrincipalName: { tenantId, userPrincipalName } },
    select: { id: true },
  });
}

/** Which of these usernames already exist in the tenant. */
export async function findExistingUpns(tx: Tx, tenantId: string, upns: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const CHUNK = 500;
  for (let i = 0; i < upns.length; i += CHUNK) {
    const rows = await tx.directoryUser.findMany({
      where: { tenantId, userPrincipalName: { in: upns.slice(i, i + CHUNK) } },
      select: { userPrincipalName: true },
    });
    for (const r of rows) found.add(r.userPrincipalName);
  }
  return found;
}

export interface NewUser {
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  pstnConnectivity: "online" | "onPremises";
  kind: "person" | "room";
}

export async function createUserRow(tx: Tx, tenantId: string, data: NewUser): Promise<UserRow> {
  return tx.directoryUser.create({ data: { tenantId, ...data }, select: userWithLicenses });
}

export async function createUserRows(tx: Tx, tenantId: string, rows: readonly NewUser[]): Promise<number> {
  if (rows.length === 0) return 0;
  const now = sqliteDate(new Date());
  return insertRows(
    tx,
    "DirectoryUser",
    ["id", "tenantId", "userPrincipalName", "displayName", "usageLocation", "pstnConnectivity", "kind", "createdAt"],
    rows.map((r) => [newId(), tenantId, r.userPrincipalName, r.displayName, r.usageLocation, r.pstnConnectivity, r.kind, now]),
  );
}

export async function updateUserRow(tx: Tx, tenantId: string, userId: string, data: Partial<NewUser>): Promise<UserRow> {
  return tx.directoryUser.update({ where: { id: userId, tenantId }, data, select: userWithLicenses });
}

export async function deleteUserRow(tx: Tx, tenantId: string, userId: string): Promise<void> {
  await tx.licenseAssignment.deleteMany({ where: { tenantId, userId } });
  await tx.directoryUser.delete({ where: { id: userId, tenantId } });
}
