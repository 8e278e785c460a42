import "server-only";
import { inTenantTransaction } from "./transaction";
import { normaliseImportCells, parseImportCsv, type ImportCells, type ImportError } from "@/lib/validation/users-import";
import { actorOf, snapshotOf } from "./support";
import { getDb, type Tx } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import {
  createUserRow,
  createUserRows,
  deleteUserRow,
  findExistingUpns,
  findUser,
  findUserByUpn,
  findUsersPage,
  updateUserRow,
  type NewUser,
  type UserRow,
} from "@/lib/data/users";
import { decideUserAttributeChange } from "@/lib/domain/user-attributes";
import { findNumberOfUser, freeNumberOfUser } from "@/lib/data/phone-numbers";
import { decideUserChangeWithNumber } from "@/lib/domain/phone-numbers";
import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";
import { decideRoomScenarios, type RoomScenarioDecision } from "@/lib/domain/rooms";
import { ALL_SKUS, type UserSnapshot } from "@/lib/domain/types";
import {
  createUserInput,
  MAX_IMPORT_ROWS,
  parseSort,
  type CreateUserInput,
  type ImportUsersInput,
  type UpdateUserInput,
  type UsersQuery,
} from "@/lib/validation/users";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "./audit";
import { AppError } from "@/lib/domain/errors";

export interface AssignedLicenseView {
  sku: string;
  skuId: string | null;
  disabledPlans: string[];
}

/** A directory user as the API and the console see it (never a Prisma row). */
export interface UserView {
  id: string;
  displayName: string;
  userPrincipalName: string;
  usageLocation: string | null;
  pstnConnectivity: "online" | "onPremises";
  kind: "person" | "room";
  createdAt: string;
  assignedLicenses: AssignedLicenseView[];
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    displayName: row.displayName,
    userPrincipalName: row.userPrincipalName,
    usageLocation: row.usageLocation,
    pstnConnectivity: row.pstnConnectivity,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    // In catalog order (plans, then add-ons): licenses saved together share a timestamp, and neither database
    // promises an order among equals.
    assignedLicenses: [...row.assignments]
      .sort((a, b) => catalogOrder(a.sku) - catalogOrder(b.sku))
      .map((a) => ({
        sku: a.sku,
        skuId: isSkuPartNumber(a.sku) ? SKU_CATALOG[a.sku].skuId : null,
        disabledPlans: JSON.parse(a.disabledPlansJson) as string[],
      })),
  };
}

function catalogOrder(sku: string): number {
  const i = (ALL_SKUS as readonly string[]).indexOf(sku);
  return i === -1 ? ALL_SKUS.length : i;
}

/** The rules engine's view of a user. */
export function toUserSnapshot(row: Pick<UserRow, "id" | "usageLocation" | "pstnConnectivity" | "kind" | "assignments">): UserSnapshot {
  return {
    id: row.id,
    usageLocation: row.usageLocation,
    pstnConnectivity: row.pstnConnectivity,
    kind: row.kind,
    licenses: row.assignments.map((a) => a.sku).filter(isSkuPartNumber),
    disabledPlans: Object.fromEntries(
      row.assignments.filter((a) => isSkuPartNumber(a.sku)).map((a) => [a.sku, JSON.parse(a.disabledPlansJson) as string[]]),
    ),
  };
}

export async function getUserRow(tx: Tx, tenantId: string, userId: string): Promise<UserRow> {
  const row = await findUser(tx, tenantId, userId);
  if (!row) throw AppError.notFound("That user");
  return row;
}

function upnTaken(): AppError {
  return new AppError({
    code: "CONFLICT",
    message: "Another user in this tenant already has that username.",
    details: { userPrincipalName: ["Another user in this tenant already has that username"] },
  });
}

// ---------------------------------------------------------------- reads

export interface UsersPage {
  users: UserView[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /users and the Active users page: search, sort and page on the server. */
export async function listUsers(access: TenantAccess, query: Partial<UsersQuery> = {}): Promise<UsersPage> {
  assertCan(access, "users:read");
  const pageSize = query.pageSize ?? 50;
  const page = Math.max(1, query.page ?? 1);
  const { rows, total } = await findUsersPage(getDb(), access.tenantId, {
    search: query.search || undefined,
    license: query.license,
    sort: parseSort(query.sort ?? "displayName"),
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { users: rows.map(toUserView), total, page, pageSize };
}

export async function getUser(access: TenantAccess, userId: string): Promise<UserView> {
  assertCan(access, "users:read");
  return toUserView(await getUserRow(getDb(), access.tenantId, userId));
}

/** The four Skype Room Systems v2 scenarios for a room account (catalogue §4.3). */
export async function getRoomScenarios(access: TenantAccess, userId: string): Promise<RoomScenarioDecision[]> {
  assertCan(access, "users:read");
  const db = getDb();
  const row = await getUserRow(db, access.tenantId, userId);
  const snapshot = await snapshotOf(db, access.tenantId);
  const user = toUserSnapshot(row);
  return decideRoomScenarios(snapshot, user.licenses, undefined, user.pstnConnectivity);
}

// ---------------------------------------------------------------- writes

export async function createUser(access: TenantAccess, input: CreateUserInput): Promise<UserView> {
  assertCan(access, "users:manage");
  return inTenantTransaction(access.tenantId, async (tx) => {
    if (await findUserByUpn(tx, access.tenantId, input.userPrincipalName)) throw upnTaken();
    const row = await createUserRow(tx, access.tenantId, input);
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access),
      action: "user.create",
      target: row.userPrincipalName,
      outcome: "success",
      details: { userId: row.id, usageLocation: row.usageLocation, pstnConnectivity: row.pstnConnectivity, kind: row.kind },
    });
    return toUserView(row);
  });
}

/**
 * Edit a user. A change of usage location or PSTN connectivity must still suit the licenses the user holds
 * (decideUserAttributeChange: R-ASG-LOC, R-ASG-HYB, R-GEO-2, R-GEO-3), so e.g. moving a Calling Plan user to a
 * country without Calling Plans is refused and nothing changes.
 */
export async function updateUser(access: TenantAccess, userId: string, input: UpdateUserInput): Promise<UserView> {
  assertCan(access, "users:manage");
  const db = getDb();
  const before = await getUserRow(db, access.tenantId, userId);
  return auditRefusals(access, "user.update", before.userPrincipalName, () =>
    inTenantTransaction(access.tenantId, async (tx) => {
      const row = await getUserRow(tx, access.tenantId, userId);
      if (input.userPrincipalName && input.userPrincipalName !== row.userPrincipalName) {
        if (await findUserByUpn(tx, access.tenantId, input.userPrincipalName)) throw upnTaken();
      }
      const current = toUserSnapshot(row);
      const next = {
        ...current,
        ...(input.usageLocation !== undefined ? { usageLocation: input.usageLocation } : {}),
        ...(input.pstnConnectivity ? { pstnConnectivity: input.pstnConnectivity } : {}),
        ...(input.kind ? { kind: input.kind } : {}),
      };
      const verdict = decideUserAttributeChange(await snapshotOf(tx, access.tenantId), current, next);
      if (!verdict.ok) throw AppError.fromReason(verdict.error);
      // SBX-NUM-ASSIGN: a user holding a phone number stays in the number's country.
      const numberGuard = decideUserChangeWithNumber(await findNumberOfUser(tx, access.tenantId, userId), next);
      if (numberGuard) throw AppError.fromReason(numberGuard);
      const changed: Record<string, { from: unknown; to: unknown }> = {};
      for (const [k, v] of Object.entries(input)) {
        const old = row[k as keyof typeof row];
        if (old !== v) changed[k] = { from: old, to: v };
      }
      const updated = await updateUserRow(tx, access.tenantId, userId, input as Partial<NewUser>);
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: "user.update",
        target: updated.userPrincipalName,
        outcome: "success",
        details: { userId, changes: changed },
      });
      return toUserView(updated);
    }),
  );
}

/** Delete a user; their licenses go with them and the seats are free again. */
export async function deleteUser(access: TenantAccess, userId: string): Promise<{ freed: string[] }> {
  assertCan(access, "users:manage");
  return inTenantTransaction(access.tenantId, async (tx) => {
    const row = await getUserRow(tx, access.tenantId, userId);
    const freed = row.assignments.map((a) => a.sku);
    await freeNumberOfUser(tx, access.tenantId, userId);
    await deleteUserRow(tx, access.tenantId, userId);
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access),
      action: "user.delete",
      target: row.userPrincipalName,
      outcome: "success",
      details: { userId, freedLicenses: freed },
    });
    return { freed };
  });
}

// ---------------------------------------------------------------- import

export interface ImportResult {
  imported: number;
  rows: number;
  errors: ImportError[];
}

/**
 * Import users from CSV text or JSON rows. Every row is checked (format, country list, username unique in
 * the tenant and in the file) and every problem is reported with its line. With `allOrNothing` (the default)
 * one bad row imports nothing; with `validRowsOnly` the good rows are imported and the bad ones reported.
 */
export async function importUsers(access: TenantAccess, input: ImportUsersInput): Promise<ImportResult> {
  assertCan(access, "users:manage");
  const source =
    input.csv !== undefined
      ? parseImportCsv(input.csv)
      : { rows: (input.rows ?? []).map((cells, i) => ({ line: i + 2, cells: cells as ImportCells })), errors: [] as ImportError[] };
  const errors = [...source.errors];
  if (source.rows.length > MAX_IMPORT_ROWS) {
    throw AppError.validation(
      { errors: [{ line: 1, message: `Import at most ${MAX_IMPORT_ROWS} users at a time` }] },
      `Import at most ${MAX_IMPORT_ROWS} users at a time.`,
    );
  }
  if (source.rows.length === 0 && errors.length === 0) errors.push({ line: 1, message: "The file has no users below its header line" });

  return inTenantTransaction(
    access.tenantId,
    async (tx) => {
      const candidates: { line: number; user: NewUser }[] = [];
      const seen = new Map<string, number>();
      for (const { line, cells } of source.rows) {
        const parsed = createUserInput.safeParse(normaliseImportCells(cells));
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            errors.push({ line, field: issue.path.join(".") || undefined, message: issue.message });
          }
          continue;
        }
        const upn = parsed.data.userPrincipalName;
        const first = seen.get(upn);
        if (first !== undefined) {
          errors.push({ line, field: "userPrincipalName", message: `${upn} is already on line ${first} of this file` });
          continue;
        }
        seen.set(upn, line);
        candidates.push({ line, user: parsed.data });
      }
      const existing = await findExistingUpns(
        tx,
        access.tenantId,
        candidates.map((c) => c.user.userPrincipalName),
      );
      const good = candidates.filter((c) => {
        if (!existing.has(c.user.userPrincipalName)) return true;
        errors.push({ line: c.line, field: "userPrincipalName", message: `${c.user.userPrincipalName} already exists in this tenant` });
        return false;
      });
      errors.sort((a, b) => a.line - b.line);
      const rows = source.rows.length;
      if (errors.length > 0 && input.mode === "allOrNothing") {
        const lines = new Set(errors.map((e) => e.line)).size;
        throw AppError.validation(
          { errors },
          `${lines} ${lines === 1 ? "line has" : "lines have"} a problem, so no user was imported. Fix ${lines === 1 ? "it" : "them"}, or choose to import only the valid rows.`,
        );
      }
      const imported = await createUserRows(
        tx,
        access.tenantId,
        good.map((g) => g.user),
      );
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: "user.import",
        target: `${imported} users`,
        outcome: "success",
        details: { imported, rows, rejectedLines: [...new Set(errors.map((e) => e.line))], mode: input.mode },
      });
      return { imported, rows, errors };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
