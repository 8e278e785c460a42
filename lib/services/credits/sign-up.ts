import "server-only";
import { getDb, type Tx } from "@/lib/data/db";
import { ensureCreditsAccount } from "@/lib/data/credits";
import { decideCreditsSignUp, decideFunding, validateAutoRecharge } from "@/lib/domain/credits";
import { formatUsd, parseUsd } from "@/lib/domain/money";
import type { Reason, Recommendation, TenantPolicy } from "@/lib/domain/types";
import type { PaymentMethod } from "@/lib/validation/credits";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { snapshotOf, unwrap } from "../support";

import { paymentOf, post, settle, type Ctx } from "./ledger";
import { peekChargeOutcome, unwrapFunding } from "../faults";

// ---------------------------------------------------------------- sign-up (called by the MCOPSTNC purchase)

export interface CreditsSignUpInput {
  amount: string;
  autoRecharge?: { enabled: boolean; threshold: string; amount: string };
  paymentMethod?: PaymentMethod;
}

/**
 * Opens the credits account with its first funding (a lot that expires 12 months later, AF:58), inside the
 * purchase's transaction. Auto-recharge set below the opening balance's trigger recharges at once.
 */
export async function openCreditsAccount(
  tx: Tx,
  args: { tenantId: string; now: Date; actor: Ctx["actor"]; policy: Pick<TenantPolicy, "minimumFundingCents">; input: CreditsSignUpInput },
): Promise<{ amountCents: number }> {
  const { input, policy } = args;
  const account = await ensureCreditsAccount(tx, args.tenantId);
  // SBX-PAY-1: the sign-up funding is paid with the card given now, or else the one on file.
  const paymentMethod = input.paymentMethod ?? paymentOf(account);
  // SBX-FAULT-DECLINE: the sandbox faults may decline this charge (the purchase records the firing after its rollback).
  const card = await peekChargeOutcome(tx, args.tenantId, paymentMethod);
  const amountCents = unwrapFunding(decideFunding(policy, parseUsd(input.amount) ?? -1, card.outcome), card.fired).amountCents;
  const ar = input.autoRecharge;
  const settings = unwrap(
    validateAutoRecharge(
      {
        enabled: ar?.enabled ?? false,
        thresholdCents: parseUsd(ar?.threshold ?? "0") ?? -1,
        amountCents: parseUsd(ar?.amount ?? "0") ?? -1,
      },
      policy,
    ),
  );
  const ctx: Ctx = { tx, tenantId: args.tenantId, now: args.now, actor: args.actor };
  await post(ctx, account, [{ type: "funding", amountCents, description: "Sign-up funding" }], {
    enabled: true,
    autoRechargeEnabled: settings.enabled,
    thresholdCents: settings.thresholdCents,
    rechargeAmountCents: settings.amountCents,
    consecutiveFailures: 0,
    lastFailureAt: null,
    ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
  });
  if (settings.enabled) {
    const fresh = await ensureCreditsAccount(tx, args.tenantId);
    await settle(ctx, fresh, { event: "settingsChanged" });
  }
  return { amountCents };
}

export interface SignUpStatus {
  enabled: boolean;
  canSetUp: boolean;
  /** Why not, with what would unblock it (the first reason a purchase would answer with). */
  reason: Omit<Reason, "details"> | null;
  recommendations: Recommendation[];
  minimumFunding: string;
}

/** Before sign-up: may this tenant set up Communications Credits, and if not, why (R-CC-1/2/5, A-3). */
export async function getCreditsSignUpStatus(access: TenantAccess): Promise<SignUpStatus> {
  assertCan(access, "billing:read");
  const snapshot = await snapshotOf(getDb(), access.tenantId);
  const d = decideCreditsSignUp(snapshot);
  const minimumFunding = formatUsd(snapshot.policy.minimumFundingCents);
  if (!d.ok) {
    const { code, message, ruleId, doc, remedies } = d.error;
    return { enabled: false, canSetUp: false, reason: { code, message, ruleId, doc, remedies }, recommendations: [], minimumFunding };
  }
  return {
    enabled: snapshot.creditsEnabled,
    canSetUp: !d.value.alreadySetUp,
    reason: null,
    recommendations: d.value.recommendations,
    minimumFunding,
  };
}
