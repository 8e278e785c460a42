import "server-only";
import type { BlockedUserRow, MinutePoolRow } from "@/lib/validation/credits";
import { getDb } from "@/lib/data/db";
import { ensureCreditsAccount, findPoolUsage, findUserSnapshots } from "@/lib/data/credits";
import { isSkuPartNumber, SKU_CATALOG } from "@/lib/domain/catalog";
import { monthKey } from "@/lib/domain/clock";
import { calculateBlockedUsers } from "@/lib/domain/credits";
import { calculateMinutePools } from "@/lib/domain/pools";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { snapshotOf, tenantNow } from "./support";

/** The PSTN minute pools report (MPR) for the sandbox clock's current month. */
export async function getMinutePoolsReport(access: TenantAccess): Promise<{ month: string; pools: MinutePoolRow[] }> {
  assertCan(access, "billing:read");
  const db = getDb();
  const month = monthKey((await tenantNow(db, access.tenantId)).toISOString());
  const [users, usage] = await Promise.all([findUserSnapshots(db, access.tenantId), findPoolUsage(db, access.tenantId, month)]);
  const pools = calculateMinutePools({ users: users.map((u) => u.snapshot) }, usage).map((p) => ({
    poolId: p.poolId,
    country: p.poolKey,
    sku: p.planSku,
    planName: isSkuPartNumber(p.planSku) ? SKU_CATALOG[p.planSku].name : p.planSku,
    licenses: p.licenseCount,
    allowance: { domestic: p.allowance.domesticMinutes, international: p.allowance.internationalMinutes },
    used: { domestic: p.used.domesticMinutes, international: p.used.internationalMinutes },
    left: { domestic: p.left.domesticMinutes, international: p.left.internationalMinutes },
    exhausted: p.exhausted,
  }));
  return { month, pools };
}

/** The "Users blocked" report (UBR): who can't place which PSTN calls right now, and why. */
export async function getBlockedUsersReport(access: TenantAccess): Promise<{ users: BlockedUserRow[] }> {
  assertCan(access, "billing:read");
  const db = getDb();
  const tenantId = access.tenantId;
  const snapshot = await snapshotOf(db, tenantId);
  const now = await tenantNow(db, tenantId);
  const [users, usage, account] = await Promise.all([
    findUserSnapshots(db, tenantId),
    findPoolUsage(db, tenantId, monthKey(now.toISOString())),
    ensureCreditsAccount(db, tenantId),
  ]);
  const names = new Map(users.map((u) => [u.snapshot.id, u]));
  const blocked = calculateBlockedUsers({
    tenant: snapshot,
    users: users.map((u) => u.snapshot),
    poolUsage: usage,
    balanceCents: account.balanceCents,
    creditsEnabled: account.enabled,
  });
  return {
    users: blocked.map((b) => ({
      userId: b.userId,
      displayName: names.get(b.userId)?.displayName ?? b.userId,
      userPrincipalName: names.get(b.userId)?.userPrincipalName ?? "",
      blockedCallTypes: b.blockedCallTypes,
      reasons: b.reasons,
    })),
  };
}
