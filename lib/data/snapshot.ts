import "server-only";
import { DEFAULT_POLICY, type PlanSku, type SkuPartNumber, type TenantPolicy, type TenantSnapshot } from "@/lib/domain/types";
import type { SubscriptionStatus, Term } from "@/generated/prisma/client";
import { CREDITS_COLUMNS, creditsAccountOfRow } from "./credits";
import type { Db, Tx } from "./db";
import { consistently, toBool, toDate, toInt } from "./sql";

/**
 * A plain snapshot of everything the rules need about a tenant, read inside the caller's transaction
 * so the decision and the write see the same state.
 */
export async function loadTenantSnapshot(tx: Db | Tx, tenantId: string): Promise<TenantSnapshot | null> {
  return (await loadTenantSnapshotWithClock(tx, tenantId))?.snapshot ?? null;
}

/**
 * The snapshot, and from the same read the tenant's sandbox clock and credits account row (null before sign-up):
 * a write that needs all three reads the tenant once instead of three times. Hand-written SQL (lib/data/sql.ts):
 * this runs on every purchase and call.
 */
export async function loadTenantSnapshotWithClock(tx: Db | Tx, tenantId: string, opts: { merged?: boolean } = {}) {
  const tenant = await readTenant(tx, tenantId, opts.merged ? "merged" : "rules");
  if (!tenant) return null;
  return { snapshot: snapshotOfRow(tenant), now: tenant.now, credits: tenant.credits };
}

const TENANT_COLUMNS = ["id", "name", "country", "orgType", "cloud", "channel", "commitment", "plan", "policyJson", "now", "createdAt"];
const TENANT_SQL = `SELECT ${TENANT_COLUMNS.map((c) => `t."${c}" AS "${c}"`).join(", ")}, ${CREDITS_COLUMNS.map(
  (c) => `c."${c}" AS "c_${c}"`,
).join(", ")} FROM "Tenant" t LEFT JOIN "CreditsAccount" c ON c."tenantId" = t."id" WHERE t."id" = ?`;
const SUBSCRIPTIONS_SQL = `SELECT "id", "tenantId", "sku", "quantity", "commercial", "status", "term", "createdAt", "renewsAt"
  FROM "Subscription" WHERE "tenantId" = ? ORDER BY "createdAt" ASC, "id" ASC`;
/**
 * The subscriptions merged as lib/domain/tenant.ts withMergedSubscriptions merges them (one per sku, status,
 * commercial flag and "has seats", quantities added up, each the first member's id, in the order of the groups'
 * first members), for decisions about the whole tenant (purchases, offers): read from SubscriptionGroup, which
 * database triggers keep as subscriptions are added, changed and removed (migration subscription_groups), so the
 * cost of a purchase doesn't grow with every purchase made before it. A group's firstKey is its first member's
 * "createdAt id" (createdAt as fixed-width text). tests/db/sql.db.test.ts and subscription-groups.property.db.test.ts
 * check it against withMergedSubscriptions on both databases, the latter over random changes.
 */
const MERGED_SUBSCRIPTIONS_SQL = `SELECT "firstKey", "sku", "status", "commercial", "quantity" FROM "SubscriptionGroup"
  WHERE "tenantId" = ? ORDER BY "firstKey"`;

type MergedRow = { firstKey: string; sku: string; status: string; commercial: unknown; quantity: unknown };

/** The merged subscriptions as rows of the subscription query: the first member's id from the key. */
function mergedOfRows(rows: MergedRow[]): Record<string, unknown>[] {
  return rows.map((r) => ({
    id: r.firstKey.slice(r.firstKey.lastIndexOf(" ") + 1),
    sku: r.sku,
    status: r.status,
    commercial: r.commercial,
    quantity: r.quantity,
  }));
}

/** What the rules read of each subscription (half the cost of the full rows on a tenant that bought many times). */
const RULES_SUBSCRIPTIONS_SQL = `SELECT "id", "sku", "quantity", "commercial", "status"
  FROM "Subscription" WHERE "tenantId" = ? ORDER BY "createdAt" ASC, "id" ASC`;
const COUNTS_SQL = `SELECT "sku", COUNT(*) AS "n" FROM "LicenseAssignment" WHERE "tenantId" = ? GROUP BY "sku"`;

/** The tenant with its subscriptions (oldest first), its credits account and its assigned licenses per sku. */
export function readTenantWithCounts(q: Db | Tx, tenantId: string) {
  return readTenant(q, tenantId, "full");
}

function readTenant<W extends "full" | "rules" | "merged">(q: Db | Tx, tenantId: string, which: W) {
  return consistently(q, async (sql) => {
    const r = await sql.get<Record<string, unknown>>(TENANT_SQL, tenantId);
    if (!r) return null;
    const subscriptions =
      which === "merged"
        ? mergedOfRows(await sql.all<MergedRow>(MERGED_SUBSCRIPTIONS_SQL, tenantId))
        : await sql.all<Record<string, unknown>>(which === "full" ? SUBSCRIPTIONS_SQL : RULES_SUBSCRIPTIONS_SQL, tenantId);
    const counts = await sql.all<{ sku: string; n: unknown }>(COUNTS_SQL, tenantId);
    return {
      id: String(r.id),
      name: String(r.name),
      country: String(r.country),
      orgType: String(r.orgType),
      cloud: String(r.cloud),
      channel: String(r.channel),
      commitment: String(r.commitment),
      plan: r.plan === null ? null : String(r.plan),
      policyJson: String(r.policyJson),
      now: toDate(r.now),
      createdAt: toDate(r.createdAt),
      credits: creditsAccountOfRow(r, "c_"),
      subscriptions: subscriptions.map((s) => ({
        id: String(s.id),
        sku: String(s.sku),
        quantity: toInt(s.quantity),
        commercial: toBool(s.commercial),
        status: String(s.status) as SubscriptionStatus,
        ...((which === "full"
          ? { tenantId: String(s.tenantId), term: String(s.term) as Term, createdAt: toDate(s.createdAt), renewsAt: toDate(s.renewsAt) }
          : {}) as W extends "full" ? { tenantId: string; term: Term; createdAt: Date; renewsAt: Date } : object),
      })),
      assignedCounts: Object.fromEntries(counts.map((c) => [c.sku, toInt(c.n)])) as Record<string, number>,
    };
  });
}

export type TenantWithCounts = NonNullable<Awaited<ReturnType<typeof readTenantWithCounts>>>;

function snapshotOfRow(tenant: NonNullable<Awaited<ReturnType<typeof readTenant<"rules" | "merged">>>>): TenantSnapshot {
  return {
    country: tenant.country,
    orgType: tenant.orgType as TenantSnapshot["orgType"],
    cloud: tenant.cloud as TenantSnapshot["cloud"],
    channel: tenant.channel as TenantSnapshot["channel"],
    commitment: tenant.commitment as TenantSnapshot["commitment"],
    plan: tenant.plan as PlanSku | null,
    subscriptions: tenant.subscriptions.map((s) => ({
      id: s.id,
      sku: s.sku as SkuPartNumber,
      quantity: s.quantity,
      commercial: s.commercial,
      status: s.status,
    })),
    assignedCounts: tenant.assignedCounts as TenantSnapshot["assignedCounts"],
    creditsEnabled: tenant.credits?.enabled ?? false,
    policy: parsePolicy(tenant.policyJson),
  };
}

/** The tenant's stored policy over the defaults (a policy saved before a new setting existed gets its default). */
export function parsePolicy(json: string): TenantPolicy {
  return { ...DEFAULT_POLICY, ...(JSON.parse(json) as Partial<TenantPolicy>) };
}
