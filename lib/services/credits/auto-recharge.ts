import "server-only";
import { createAuditEvent } from "@/lib/data/audit";
import { ensureCreditsAccount } from "@/lib/data/credits";
import { validateAutoRecharge } from "@/lib/domain/credits";
import { decideSettingsSave } from "@/lib/domain/auto-recharge";
import { formatUsd, parseUsd } from "@/lib/domain/money";
import type { AutoRechargeUpdateInput } from "@/lib/validation/credits";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "../audit";
import { actorOf, snapshotOf, tenantNow, unwrap } from "../support";
import { runGuarded } from "../transaction";

import { notSetUp, paymentOf, settingsOf, settle, type Ctx } from "./ledger";
import { getCredits, type CreditsView } from "./reads";

// ---------------------------------------------------------------- auto-recharge settings

/**
 * PUT /credits/auto-recharge. Saving the settings clears the failure back-off wait (a fixed card retries a
 * pending recharge at once), and turning auto-recharge on or moving its trigger with the balance already below
 * it recharges at once (decideSettingsSave, decideAutoRecharge "settingsChanged"); saving unchanged settings
 * recharges nothing new.
 */
export async function updateAutoRecharge(access: TenantAccess, input: AutoRechargeUpdateInput): Promise<CreditsView> {
  assertCan(access, "credits:manage");
  return auditRefusals(access, "credits.autoRecharge.update", "MCOPSTNC", () =>
    runGuarded(access.tenantId, async (tx) => {
      const snapshot = await snapshotOf(tx, access.tenantId);
      const account = await ensureCreditsAccount(tx, access.tenantId);
      if (!account.enabled) throw notSetUp();
      const settings = unwrap(
        validateAutoRecharge(
          { enabled: input.enabled, thresholdCents: parseUsd(input.threshold) ?? -1, amountCents: parseUsd(input.amount) ?? -1 },
          snapshot.policy,
        ),
      );
      const paymentMethod = input.paymentMethod ?? paymentOf(account);
      const ctx: Ctx = { tx, tenantId: access.tenantId, now: await tenantNow(tx, access.tenantId), actor: actorOf(access) };
      // only turning it on or moving the trigger is a new crossing; re-saving the same settings is not.
      const save = decideSettingsSave(
        settingsOf(account),
        { consecutiveFailures: account.consecutiveFailures, lastFailureAt: account.lastFailureAt?.toISOString() ?? null },
        settings,
      );
      const result = await settle(ctx, account, {
        event: save.event,
        settings,
        paymentMethod,
        failureState: save.failureState,
        patch: {
          autoRechargeEnabled: settings.enabled,
          thresholdCents: settings.thresholdCents,
          rechargeAmountCents: settings.amountCents,
          paymentMethod,
          consecutiveFailures: 0,
          lastFailureAt: null,
        },
      });
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: ctx.actor,
        action: "credits.autoRecharge.update",
        target: "MCOPSTNC",
        outcome: "success",
        ruleIds: ["A-4", "A-8"],
        details: {
          enabled: settings.enabled,
          threshold: formatUsd(settings.thresholdCents),
          amount: formatUsd(settings.amountCents),
          paymentMethod,
          rechargedNow: result.autoRecharged,
        },
      });
      return getCredits(access, {}, tx);
    }),
  );
}
