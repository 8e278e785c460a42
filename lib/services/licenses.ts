import "server-only";
import { inTenantTransaction } from "./transaction";
import { getDb, type Tx } from "@/lib/data/db";
import { createAuditEvent, createAuditEvents } from "@/lib/data/audit";
import {
  countAssigned,
  createAssignments,
  deleteAssignmentPairs,
  deleteAssignments,
  findHolders,
  findSubscriptions,
  updateDisabledPlans,
} from "@/lib/data/licenses";
import { findUserLicenseRows, type UserLicenseRow } from "@/lib/data/users";
import { findNumberOfUser, findPhoneNumbers } from "@/lib/data/phone-numbers";
import { decideUserChangeWithNumber } from "@/lib/domain/phone-numbers";
import { decideBulkLicenseChange, decideLicenseChange } from "@/lib/domain/assignment";
import { calculateSeatUsage, CREDITS_SKU } from "@/lib/domain/seat-usage";
import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";
import { calculatePhoneNumberCapacity, type PhoneNumberCapacity } from "@/lib/domain/phone-capacity";
import { deny } from "@/lib/domain/reasons";
import { auditRuleIds } from "@/lib/domain/rule-index";
import { activeSeats } from "@/lib/domain/tenant";
import { ALL_SKUS, type Reason, type SkuPartNumber, type TenantSnapshot } from "@/lib/domain/types";
import type { AssignLicenseInput, BulkLicenseInput } from "@/lib/validation/users";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "./audit";
import { AppError } from "@/lib/domain/errors";
import { getUserRow, toUserSnapshot, toUserView, type UserView } from "./users";
import { actorOf, snapshotOf } from "./support";

/**
 * R-ASG-SEAT under concurrency. The decision was taken on a snapshot read in this transaction; after the
 * insert we count again, in the same transaction, and throw (rolling everything back) if any added sku is
 * now over its seats. SQLite runs one write transaction at a time, so this re-count sees every committed
 * assignment: of several requests racing for the last seat, exactly one commits.
 */
async function guardSeats(tx: Tx, tenantId: string, snapshot: TenantSnapshot, added: readonly SkuPartNumber[]): Promise<void> {
  for (const sku of new Set(added)) {
    if (sku === CREDITS_SKU && snapshot.creditsEnabled) continue; // R-CC-3: unlimited
    const purchased = activeSeats(snapshot, sku);
    const assigned = await countAssigned(tx, tenantId, sku);
    if (assigned > purchased) {
      throw AppError.fromReason(
        deny("INSUFFICIENT_LICENSES", "R-ASG-SEAT", {
          remedies: [{ action: "purchase", sku }],
          details: { sku, purchased, assigned: assigned - 1, available: 0 },
        }),
      );
    }
  }
}

function changeOf(input: { addLicenses: { sku: SkuPartNumber; disabledPlans?: string[] }[]; removeLicenses: SkuPartNumber[] }) {
  return {
    add: input.addLicenses.map((a) => a.sku),
    remove: input.removeLicenses,
    disabledPlans: Object.fromEntries(input.addLicenses.filter((a) => a.disabledPlans).map((a) => [a.sku, a.disabledPlans ?? []])),
  };
}

function disabledPlansOf(input: AssignLicenseInput | BulkLicenseInput, sku: SkuPartNumber): string[] {
  return input.addLicenses.find((a) => a.sku === sku)?.disabledPlans ?? [];
}

const TX_OPTIONS = { maxWait: 20_000, timeout: 60_000 };

// ---------------------------------------------------------------- one user

/**
 * POST /users/{id}/assignLicense and the Product licenses panel: Graph's semantics, one decision for the
 * whole change (decideLicenseChange), all or nothing. Returns the user as it is afterwards.
 */
export async function assignLicense(access: TenantAccess, userId: string, input: AssignLicenseInput): Promise<UserView> {
  assertCan(access, "licenses:assign");
  const db = getDb();
  const tenantId = access.tenantId;
  const user = await getUserRow(db, tenantId, userId);
  const change = changeOf(input);
  return auditRefusals(access, "license.assign", user.userPrincipalName, () =>
    inTenantTransaction(
      access.tenantId,
      async (tx) => {
        const snapshot = await snapshotOf(tx, tenantId);
        const row = await getUserRow(tx, tenantId, userId);
        const result = decideLicenseChange(snapshot, toUserSnapshot(row), change);
        if (!result.ok) throw AppError.fromReason(result.error);
        const outcome = result.value;
        // SBX-NUM-ASSIGN: a user holding a phone number keeps a Calling Plan (unassign the number first).
        const current = toUserSnapshot(row);
        const kept = current.licenses.filter((sku) => !outcome.removed.includes(sku)).concat(outcome.added);
        const numberGuard = decideUserChangeWithNumber(await findNumberOfUser(tx, tenantId, userId), {
          licenses: kept,
          usageLocation: current.usageLocation,
        });
        if (numberGuard) throw AppError.fromReason(numberGuard);
        await deleteAssignments(tx, tenantId, [userId], outcome.removed);
        await createAssignments(
          tx,
          tenantId,
          outcome.added.map((sku) => ({ userId, sku, disabledPlans: disabledPlansOf(input, sku) })),
        );
        // Graph: adding a license the user holds updates its disabled plans.
        for (const sku of outcome.ignored.alreadyHeld) {
          const wanted = input.addLicenses.find((a) => a.sku === sku)?.disabledPlans;
          if (wanted) await updateDisabledPlans(tx, tenantId, userId, sku, wanted);
        }
        await guardSeats(tx, tenantId, snapshot, outcome.added);
        if (outcome.added.length > 0 || outcome.removed.length > 0) {
          await createAuditEvent(tx, {
            tenantId,
            actor: actorOf(access),
            action: "license.assign",
            target: row.userPrincipalName,
            outcome: "success",
            ruleIds: auditRuleIds(outcome.allowedBy, outcome.recommendations),
            details: { userId, added: outcome.added, removed: outcome.removed },
          });
        }
        return toUserView(await getUserRow(tx, tenantId, userId));
      },
      TX_OPTIONS,
    ),
  );
}

// ---------------------------------------------------------------- many users

export interface BulkUserReport {
  userId: string;
  userPrincipalName: string | null;
  ok: boolean;
  added: SkuPartNumber[];
  removed: SkuPartNumber[];
  error?: Reason;
}

export interface BulkReport {
  /** Every user's change passes. */
  ok: boolean;
  /** The changes were written (ok and not a dry run). */
  applied: boolean;
  users: number;
  failed: number;
  report: BulkUserReport[];
}

/** Over this many users, reading the whole tenant is cheaper than a long IN list. */
const READ_ALL_ABOVE = 900;

async function loadSelectedUsers(tx: Tx, tenantId: string, ids: string[]): Promise<UserLicenseRow[]> {
  const rows = await findUserLicenseRows(tx, tenantId, ids.length > READ_ALL_ABOVE ? undefined : ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new AppError({
      code: "NOT_FOUND",
      message: `${missing.length === 1 ? "One of the selected users doesn't" : `${missing.length} of the selected users don't`} exist in this tenant.`,
      details: { missingUserIds: missing.slice(0, 100) },
    });
  }
  return ids.map((id) => byId.get(id)!);
}

/**
 * The same change for many users at once (Billing > Licenses, POST /licenses/bulk). All or nothing: every
 * user is decided first (decideBulkLicenseChange, seats counted across the batch); if any is refused
 * nothing is written and the error carries the per-user report. With dryRun the report is returned as is.
 */
export async function bulkChangeLicenses(access: TenantAccess, input: BulkLicenseInput): Promise<BulkReport> {
  assertCan(access, "licenses:assign");
  const tenantId = access.tenantId;
  const ids = [...new Set(input.userIds)];
  const change = changeOf(input);
  const target = `${[...change.add.map((s) => `+${s}`), ...change.remove.map((s) => `-${s}`)].join(" ")} for ${ids.length} users`;
  return auditRefusals(access, "license.bulk", target, () =>
    inTenantTransaction(
      access.tenantId,
      async (tx) => {
        const snapshot = await snapshotOf(tx, tenantId);
        const rows = await loadSelectedUsers(tx, tenantId, ids);
        const decision = decideBulkLicenseChange(
          snapshot,
          rows.map((r) => toUserSnapshot({ ...r, assignments: r.skus.map((sku) => ({ sku, disabledPlansJson: "[]" })) })),
          change,
        );
        const report: BulkUserReport[] = decision.results.map(({ userId, result }, i) =>
          result.ok
            ? { userId, userPrincipalName: rows[i].userPrincipalName, ok: true, added: result.value.added, removed: result.value.removed }
            : { userId, userPrincipalName: rows[i].userPrincipalName, ok: false, added: [], removed: [], error: result.error },
        );
        const summary = { ok: decision.ok, users: ids.length, failed: decision.failures.length, report };
        if (input.dryRun) return { ...summary, applied: false };
        if (!decision.ok) {
          const first = decision.failures[0].reason;
          const n = decision.failures.length;
          throw new AppError({
            code: first.code,
            message: `${n} of ${ids.length} selected users can't take this change, so nobody's licenses were changed. First problem: ${first.message}`,
            ruleId: first.ruleId,
            doc: first.doc,
            remedies: first.remedies,
            details: { ...summary, applied: false },
          });
        }
        // SBX-NUM-ASSIGN: users holding a phone number keep a Calling Plan.
        const numberOf = new Map((await findPhoneNumbers(tx, tenantId)).filter((n) => n.assignedTo).map((n) => [n.assignedTo!, n]));
        for (const [i, r] of report.entries()) {
          const before = rows[i].skus.filter(isSkuPartNumber);
          const guard = decideUserChangeWithNumber(numberOf.get(r.userId) ?? null, {
            licenses: before.filter((sku) => !r.removed.includes(sku)).concat(r.added),
            usageLocation: rows[i].usageLocation,
          });
          if (guard) throw AppError.fromReason(guard);
        }
        const added = report.flatMap((r) => r.added.map((sku) => ({ userId: r.userId, sku, disabledPlans: disabledPlansOf(input, sku) })));
        const removed = report.flatMap((r) => r.removed.map((sku) => ({ userId: r.userId, sku })));
        await deleteAssignmentPairs(tx, tenantId, removed);
        await createAssignments(tx, tenantId, added);
        await guardSeats(tx, tenantId, snapshot, [...new Set(added.map((a) => a.sku as SkuPartNumber))]);
        const at = new Date();
        // The rules that allowed each user's change, from the same decision that passed it.
        const ruleIdsByUser = new Map(
          decision.results.map(({ userId, result }) => [
            userId,
            result.ok ? auditRuleIds(result.value.allowedBy, result.value.recommendations) : [],
          ]),
        );
        await createAuditEvents(
          tx,
          report
            .filter((r) => r.added.length > 0 || r.removed.length > 0)
            .map((r) => ({
              tenantId,
              actor: actorOf(access),
              action: "license.assign",
              target: r.userPrincipalName ?? r.userId,
              outcome: "success" as const,
              ruleIds: ruleIdsByUser.get(r.userId) ?? [],
              details: { userId: r.userId, added: r.added, removed: r.removed, bulk: true },
              at,
            })),
        );
        return { ...summary, applied: true };
      },
      TX_OPTIONS,
    ),
  );
}

// ---------------------------------------------------------------- reads

export interface LicenseOption {
  sku: SkuPartNumber;
  name: string;
  kind: "plan" | "addon";
  held: boolean;
  purchased: number | null;
  assigned: number;
  available: number | null;
  unlimited: boolean;
}

/** The Product licenses panel: one entry per sku the tenant owns (or the user holds), with its seats. */
export async function getLicenseOptions(access: TenantAccess, userId: string): Promise<{ user: UserView; options: LicenseOption[] }> {
  assertCan(access, "users:read");
  const db = getDb();
  const row = await getUserRow(db, access.tenantId, userId);
  const snapshot = await snapshotOf(db, access.tenantId);
  const held = new Set(row.assignments.map((a) => a.sku));
  const usage = new Map(calculateSeatUsage(snapshot).map((u) => [u.sku, u]));
  const options = ALL_SKUS.flatMap((sku): LicenseOption[] => {
    const u = usage.get(sku);
    const owned = u && (u.unlimited || (u.purchased ?? 0) > 0);
    if (!owned && !held.has(sku)) return [];
    const info = SKU_CATALOG[sku];
    return [
      {
        sku,
        name: info.name,
        kind: info.kind,
        held: held.has(sku),
        purchased: u?.purchased ?? 0,
        assigned: u?.assigned ?? 0,
        available: u ? u.available : 0,
        unlimited: u?.unlimited ?? false,
      },
    ];
  });
  return { user: toUserView(row), options };
}

export interface SeatUsageView {
  sku: SkuPartNumber;
  name: string;
  purchased: number | null;
  assigned: number;
  available: number | null;
  unlimited: boolean;
  holders: { id: string; displayName: string; userPrincipalName: string }[];
}

export interface LicenseOverview {
  skus: SeatUsageView[];
  phoneNumbers: PhoneNumberCapacity;
}

/** Billing > Licenses and GET /licenses: seats per sku, who holds them, and phone number capacity. */
export async function getLicenseOverview(access: TenantAccess, holdersPerSku = 5): Promise<LicenseOverview> {
  assertCan(access, "users:read");
  const db = getDb();
  const snapshot = await snapshotOf(db, access.tenantId);
  const usage = calculateSeatUsage(snapshot);
  const skus = await Promise.all(
    usage.map(async (u) => ({
      sku: u.sku,
      name: SKU_CATALOG[u.sku].name,
      purchased: u.purchased,
      assigned: u.assigned,
      available: u.available,
      unlimited: u.unlimited,
      holders: u.assigned > 0 ? await findHolders(db, access.tenantId, u.sku, holdersPerSku) : [],
    })),
  );
  return { skus, phoneNumbers: calculatePhoneNumberCapacity(snapshot) };
}

// ---------------------------------------------------------------- Graph-shaped reads

/** Graph's unlimited skus report a large prepaid count; we do the same for Communications Credits. */
const UNLIMITED_UNITS = 10_000;

export interface SubscribedSku {
  id: string;
  skuId: string | null;
  skuPartNumber: string;
  appliesTo: "User";
  capabilityStatus: "Enabled" | "Suspended";
  consumedUnits: number;
  prepaidUnits: { enabled: number; suspended: number; warning: number; lockedOut: number };
  servicePlans: { servicePlanId: string; servicePlanName: string; provisioningStatus: string; appliesTo: string }[];
  subscriptionIds: string[];
  unlimited: boolean;
}

/** GET /subscribedSkus: one entry per sku the tenant has subscriptions or assignments of (Graph's shape). */
export async function listSubscribedSkus(access: TenantAccess): Promise<SubscribedSku[]> {
  assertCan(access, "users:read");
  const db = getDb();
  const snapshot = await snapshotOf(db, access.tenantId);
  const subs = await findSubscriptions(db, access.tenantId);
  const skus = ALL_SKUS.filter((sku) => subs.some((s) => s.sku === sku) || (snapshot.assignedCounts[sku] ?? 0) > 0);
  return skus.map((sku) => {
    const mine = subs.filter((s) => s.sku === sku);
    const info = SKU_CATALOG[sku];
    const unlimited = sku === CREDITS_SKU && snapshot.creditsEnabled;
    const enabled = mine.filter((s) => s.status === "active").reduce((n, s) => n + s.quantity, 0);
    const suspended = mine.filter((s) => s.status === "suspended").reduce((n, s) => n + s.quantity, 0);
    return {
      id: `${access.tenantId}_${info.skuId ?? sku}`,
      skuId: info.skuId,
      skuPartNumber: sku,
      appliesTo: "User" as const,
      capabilityStatus: enabled > 0 || unlimited ? ("Enabled" as const) : ("Suspended" as const),
      consumedUnits: snapshot.assignedCounts[sku] ?? 0,
      prepaidUnits: { enabled: unlimited ? UNLIMITED_UNITS : enabled, suspended, warning: 0, lockedOut: 0 },
      servicePlans: info.servicePlans.map((p) => ({ ...p, provisioningStatus: "Success", appliesTo: "User" })),
      subscriptionIds: mine.map((s) => s.id),
      unlimited,
    };
  });
}

export interface LicenseDetails {
  id: string;
  skuId: string | null;
  skuPartNumber: string;
  servicePlans: { servicePlanId: string; servicePlanName: string; provisioningStatus: string; appliesTo: string }[];
}

/** GET /users/{id}/licenseDetails (Graph's shape): a disabled plan shows provisioningStatus "Disabled". */
export async function listLicenseDetails(access: TenantAccess, userId: string): Promise<LicenseDetails[]> {
  assertCan(access, "users:read");
  const user = toUserView(await getUserRow(getDb(), access.tenantId, userId));
  return user.assignedLicenses.flatMap((l) => {
    if (!isSkuPartNumber(l.sku)) return [];
    const info = SKU_CATALOG[l.sku];
    return [
      {
        id: `${user.id}_${info.skuId ?? l.sku}`,
        skuId: info.skuId,
        skuPartNumber: l.sku,
        servicePlans: info.servicePlans.map((p) => ({
          ...p,
          provisioningStatus: l.disabledPlans.includes(p.servicePlanId) ? "Disabled" : "Success",
          appliesTo: "User",
        })),
      },
    ];
  });
}
