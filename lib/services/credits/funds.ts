import "server-only";
import { createAuditEvent } from "@/lib/data/audit";
import { ensureCreditsAccount } from "@/lib/data/credits";
import { decideFunding } from "@/lib/domain/credits";
import { formatUsd, parseUsd } from "@/lib/domain/money";
import type { FundsInput, LedgerEntryView } from "@/lib/validation/credits";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { auditRefusals } from "../audit";
import { withIdempotency, type Idempotent } from "../idempotency";
import { actorOf, snapshotOf, tenantNow } from "../support";
import { peekChargeOutcome, recordFaultDecline, unwrapFunding } from "../faults";

import { notSetUp, paymentOf, post, toLedgerView, type Ctx } from "./ledger";

// ---------------------------------------------------------------- add funds

const FUNDS_SCOPE = "credits.funds";

/** POST /credits/funds: one funding entry and lot; idempotent with a key, like purchases. */
export async function addFunds(access: TenantAccess, input: FundsInput, idempotencyKey?: string): Promise<Idempotent<LedgerEntryView>> {
  assertCan(access, "credits:manage");
  try {
    return await fundOnce(access, input, idempotencyKey);
  } catch (err) {
    // SBX-FAULT-DECLINE: a charge the sandbox faults declined is counted down (and audited) after the rollback.
    await recordFaultDecline(access, err, "credits.funds");
    throw err;
  }
}

async function fundOnce(access: TenantAccess, input: FundsInput, idempotencyKey: string | undefined): Promise<Idempotent<LedgerEntryView>> {
  return auditRefusals(access, "credits.funds", "MCOPSTNC", () =>
    withIdempotency({ tenantId: access.tenantId, scope: FUNDS_SCOPE, key: idempotencyKey, request: input }, async (tx) => {
      const snapshot = await snapshotOf(tx, access.tenantId);
      const account = await ensureCreditsAccount(tx, access.tenantId);
      if (!account.enabled) throw notSetUp();
      // SBX-PAY-1: added funds are paid with the card on file (set at sign-up or with the auto-recharge settings).
      const card = await peekChargeOutcome(tx, access.tenantId, paymentOf(account));
      const { amountCents } = unwrapFunding(decideFunding(snapshot.policy, parseUsd(input.amount) ?? -1, card.outcome), card.fired);
      const ctx: Ctx = { tx, tenantId: access.tenantId, now: await tenantNow(tx, access.tenantId), actor: actorOf(access) };
      const { entries, balanceCents } = await post(ctx, account, [{ type: "funding", amountCents, description: "Funds added" }]);
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: ctx.actor,
        action: "credits.funds",
        target: "MCOPSTNC",
        outcome: "success",
        ruleIds: ["A-8"],
        details: { amount: formatUsd(amountCents), balance: formatUsd(balanceCents) },
      });
      return toLedgerView(entries[0]);
    }),
  );
}
