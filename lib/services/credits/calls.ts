import "server-only";
import { getDb } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import {
  addPoolUsage,
  ensureCreditsAccount,
  findOpenLots,
  findPoolUsage,
  findUserSnapshots,
  updateCreditsAccountIfUnchanged,
} from "@/lib/data/credits";
import { monthKey } from "@/lib/domain/clock";
import { CALLING_PLAN_SKUS } from "@/lib/domain/pools";
import { decideCall, type CallType } from "@/lib/domain/credits";
import { allocateSpend } from "@/lib/domain/credit-lots";
import { formatUsd, formatUsdDisplay } from "@/lib/domain/money";
import type { UsageInput } from "@/lib/validation/credits";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "../audit";
import { AppError } from "@/lib/domain/errors";
import { actorOf, snapshotWithClockOf, unwrap } from "../support";
import { concurrentUpdate, runGuarded } from "../transaction";

import { settle, type Ctx, type SettleResult } from "./ledger";

// ---------------------------------------------------------------- simulated calls

export interface CallResult {
  charged: string;
  coveredByPlan: number;
  balance: string;
  autoRecharged: boolean;
  autoRechargeFailed: boolean;
  billedAs: CallType;
  capabilities: string[];
}

const CALL_LABELS: Record<CallType, string> = {
  domesticCall: "Domestic call",
  internationalCall: "International call",
  tollFreeDialIn: "Toll-free dial-in",
  conferenceDialOut: "Dial-out from a meeting",
  emergencyCall: "Emergency call",
};

/**
 * POST /credits/usage. decideCall picks plan minutes first, then credits (A-13, A-5, §3.5); the pool draw,
 * the charge and any auto-recharge are written together behind the account's version guard.
 */
export async function simulateCall(access: TenantAccess, input: UsageInput): Promise<CallResult> {
  assertCan(access, "credits:simulate");
  return auditRefusals(access, "credits.call", input.userId, () =>
    runGuarded(access.tenantId, async (tx) => {
      const tenantId = access.tenantId;
      // One read of the tenant gives the snapshot, the clock and the credits account (same transaction).
      const { snapshot, now, credits } = await snapshotWithClockOf(tx, tenantId);
      // The caller and the Calling Plan holders: only they add minutes to a pool (calculateMinutePools).
      const users = await findUserSnapshots(tx, tenantId, { skus: CALLING_PLAN_SKUS, userId: input.userId });
      const caller = users.find((u) => u.snapshot.id === input.userId);
      if (!caller) throw AppError.notFound("That user");
      const month = monthKey(now.toISOString());
      const poolUsage = await findPoolUsage(tx, tenantId, month);
      const account = credits ?? (await ensureCreditsAccount(tx, tenantId));
      const decision = unwrap(
        decideCall({
          call: { type: input.type, minutes: input.minutes, destinationCountry: input.destinationCountry ?? null },
          user: caller.snapshot,
          tenant: snapshot,
          users: users.map((u) => u.snapshot),
          poolUsage,
          balanceCents: account.balanceCents,
          creditsEnabled: account.enabled,
        }),
      );
      const ctx: Ctx = { tx, tenantId, now, actor: actorOf(access) };

      let settled: SettleResult | null = null;
      if (decision.chargeCents > 0) {
        const lots = await findOpenLots(tx, tenantId);
        const spend = allocateSpend(
          lots.map((l) => ({ id: l.id, addedAt: l.addedAt.toISOString(), amountCents: l.amountCents, remainingCents: l.remainingCents })),
          decision.chargeCents,
        );
        const byId = new Map(lots.map((l) => [l.id, l.remainingCents]));
        settled = await settle(ctx, account, {
          event: "charge",
          debit: {
            type: "usage",
            chargeCents: decision.chargeCents,
            description: `${CALL_LABELS[decision.billedAs]} by ${caller.displayName}: ${decision.chargedMinutes} min at ${formatUsdDisplay(decision.rateCentsPerMinute)}/min`,
            lotChanges: spend.allocations.map((a) => ({
              lotId: a.lotId,
              expectedRemaining: byId.get(a.lotId) ?? 0,
              remainingCents: (byId.get(a.lotId) ?? 0) - a.cents,
            })),
          },
        });
      } else if (!(await updateCreditsAccountIfUnchanged(tx, tenantId, account.version, {}))) {
        // Nothing to charge, but the pool draw below was decided on this read: keep it behind the same guard.
        throw concurrentUpdate();
      }
      if (decision.pool && decision.coveredByPlanMinutes > 0) {
        await addPoolUsage(tx, tenantId, month, decision.pool.poolId, decision.pool.counter, decision.coveredByPlanMinutes);
      }
      const balanceCents = settled?.balanceCents ?? account.balanceCents;
      await createAuditEvent(tx, {
        tenantId,
        actor: ctx.actor,
        action: "credits.call",
        target: caller.displayName,
        outcome: "success",
        ruleIds: decision.capabilities.includes("MCOPSTNPP") ? ["A-13", "A-5"] : decision.pool ? ["A-13"] : [],
        details: {
          type: input.type,
          billedAs: decision.billedAs,
          minutes: input.minutes,
          coveredByPlan: decision.coveredByPlanMinutes,
          charged: formatUsd(decision.chargeCents),
          balance: formatUsd(balanceCents),
          autoRecharged: settled?.autoRecharged ?? false,
          sandboxTime: now.toISOString(),
        },
      });
      return {
        charged: formatUsd(decision.chargeCents),
        coveredByPlan: decision.coveredByPlanMinutes,
        balance: formatUsd(balanceCents),
        autoRecharged: settled?.autoRecharged ?? false,
        autoRechargeFailed: settled?.rechargeFailed != null,
        billedAs: decision.billedAs,
        capabilities: decision.capabilities,
      };
    }),
  );
}

/** Users the call form can pick from (anyone; the rules explain who can't call). */
export async function listCallers(
  access: TenantAccess,
): Promise<{ id: string; displayName: string; userPrincipalName: string; licenses: string[]; usageLocation: string | null }[]> {
  assertCan(access, "billing:read");
  const users = await findUserSnapshots(getDb(), access.tenantId);
  return users.map((u) => ({
    id: u.snapshot.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    licenses: u.snapshot.licenses,
    usageLocation: u.snapshot.usageLocation,
  }));
}
