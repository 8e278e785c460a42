import "server-only";
import type { Tx } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import {
  createCreditLot,
  createLedgerEntry,
  updateCreditsAccountIfUnchanged,
  updateLotIfUnchanged,
  type CreditsAccountRow,
} from "@/lib/data/credits";
import type { AutoRechargeSettings, PaymentMethodOutcome } from "@/lib/domain/credits";
import { decideAutoRecharge, type AutoRechargeFailureState } from "@/lib/domain/auto-recharge";
import { calculateLotExpiresAt } from "@/lib/domain/credit-lots";
import { calculateNewLotRemaining } from "@/lib/domain/credits-clock";
import { formatUsd, formatUsdDisplay } from "@/lib/domain/money";
import { deny } from "@/lib/domain/reasons";
import type { LedgerEntryView, LedgerType, NotificationView } from "@/lib/validation/credits";
import { AppError } from "@/lib/domain/errors";
import { concurrentUpdate } from "../transaction";
import { raiseNotifications } from "../notifications";
import { chargeOutcomeInTx } from "../faults";

export interface Ctx {
  tx: Tx;
  tenantId: string;
  /** Sandbox time the entries are recorded at. */
  now: Date;
  actor: { accountId: string | null; email: string };
}

export function settingsOf(a: CreditsAccountRow): AutoRechargeSettings {
  return { enabled: a.autoRechargeEnabled, thresholdCents: a.thresholdCents, amountCents: a.rechargeAmountCents };
}

export function paymentOf(a: CreditsAccountRow): PaymentMethodOutcome {
  return a.paymentMethod === "decline" || a.paymentMethod === "expired" ? a.paymentMethod : "succeed";
}

export function notSetUp(): AppError {
  return AppError.fromReason(deny("CREDITS_NOT_SET_UP", "R-CC-1", { remedies: [{ action: "purchase", sku: "MCOPSTNC" }] }));
}

// ---------------------------------------------------------------- posting to the ledger

type AccountPatch = Parameters<typeof updateCreditsAccountIfUnchanged>[3];

interface Posting {
  type: LedgerType;
  /** Signed: a charge or an expiry is negative. */
  amountCents: number;
  description: string;
}

interface LotChange {
  lotId: string;
  expectedRemaining: number;
  remainingCents: number;
}

export function toLedgerView(e: {
  id: string;
  at: Date;
  type: LedgerType;
  amountCents: number;
  balanceAfterCents: number;
  description: string;
  seq: number;
}): LedgerEntryView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    amount: formatUsd(e.amountCents),
    balanceAfter: formatUsd(e.balanceAfterCents),
    description: e.description,
    seq: e.seq,
  };
}

/**
 * Appends entries and moves the cached balance in one guarded write, so the ledger always sums to the
 * balance. Funds added (funding, autoRecharge) open a lot; lot changes of a debit are guarded too.
 */
export async function post(
  ctx: Ctx,
  account: CreditsAccountRow,
  postings: Posting[],
  patch: AccountPatch = {},
  lotChanges: LotChange[] = [],
) {
  let balance = account.balanceCents;
  let seq = account.ledgerSeq;
  const planned = postings.map((p) => {
    balance += p.amountCents;
    seq += 1;
    return { ...p, balanceAfterCents: balance, seq };
  });
  const changed = await updateCreditsAccountIfUnchanged(ctx.tx, ctx.tenantId, account.version, {
    ...patch,
    balanceCents: balance,
    ledgerSeq: seq,
  });
  if (!changed) throw concurrentUpdate();
  for (const c of lotChanges) {
    if (!(await updateLotIfUnchanged(ctx.tx, ctx.tenantId, c.lotId, c.expectedRemaining, c.remainingCents))) throw concurrentUpdate();
  }
  const entries = [];
  for (const p of planned) {
    const addsFunds = p.type === "funding" || p.type === "autoRecharge";
    const expiresAt = addsFunds ? new Date(calculateLotExpiresAt({ addedAt: ctx.now.toISOString() })) : null;
    const entry = await createLedgerEntry(ctx.tx, ctx.tenantId, {
      seq: p.seq,
      at: ctx.now,
      type: p.type,
      amountCents: p.amountCents,
      balanceAfterCents: p.balanceAfterCents,
      description: p.description,
      expiresAt,
    });
    if (addsFunds && expiresAt) {
      await createCreditLot(ctx.tx, ctx.tenantId, {
        ledgerEntryId: entry.id,
        addedAt: ctx.now,
        expiresAt,
        amountCents: p.amountCents,
        remainingCents: calculateNewLotRemaining(p.amountCents, p.balanceAfterCents),
      });
    }
    entries.push(entry);
  }
  return { entries, balanceCents: balance };
}

export interface SettleResult {
  entries: Awaited<ReturnType<typeof post>>["entries"];
  balanceCents: number;
  autoRecharged: boolean;
  rechargeFailed: "declined" | "cardExpired" | null;
  rechargeAmountCents: number;
}

/**
 * Applies an optional debit (a call's charge, or expired funds) and then the auto-recharge decision, in the
 * SAME guarded write: a recharge is recorded right after the charge that crossed the trigger, once
 * (decideAutoRecharge, A-4), and never twice because the second writer re-reads the recharged balance.
 * A failed recharge adds nothing, records the failure (back-off state) and notifies.
 */
export async function settle(
  ctx: Ctx,
  account: CreditsAccountRow,
  opts: {
    debit?: { type: "usage" | "expiry"; chargeCents: number; description: string; lotChanges: LotChange[] };
    event: "charge" | "settingsChanged" | "tick";
    patch?: AccountPatch;
    /** Settings and failure state to decide with, when the caller is changing them in this write. */
    settings?: AutoRechargeSettings;
    failureState?: AutoRechargeFailureState;
    paymentMethod?: PaymentMethodOutcome;
  },
): Promise<SettleResult> {
  const charge = opts.debit?.chargeCents ?? 0;
  const before = account.balanceCents;
  const after = before - charge;
  const settings = opts.settings ?? settingsOf(account);
  const decide = (paymentMethod: PaymentMethodOutcome) =>
    decideAutoRecharge({
      balanceBeforeCents: before,
      balanceAfterCents: after,
      settings,
      paymentMethod,
      failureState: opts.failureState ?? {
        consecutiveFailures: account.consecutiveFailures,
        lastFailureAt: account.lastFailureAt?.toISOString() ?? null,
      },
      now: ctx.now.toISOString(),
      event: opts.event,
    });
  const card = opts.paymentMethod ?? paymentOf(account);
  let decision = decide(card);
  // SBX-FAULT-DECLINE: a recharge the card would pay meets a declined charge the sandbox faults provoked; it then
  // takes the declined-card path (nothing added, failure recorded, back-off, e-mails), committed with the charge.
  if (decision.kind === "recharged") {
    const outcome = await chargeOutcomeInTx(ctx.tx, ctx.tenantId, card, ctx.actor, "credits.autoRecharge");
    if (outcome !== card) decision = decide(outcome);
  }

  const postings: Posting[] = [];
  if (opts.debit && charge > 0) postings.push({ type: opts.debit.type, amountCents: -charge, description: opts.debit.description });
  const patch: AccountPatch = { ...(opts.patch ?? {}) };
  if (decision.kind === "recharged") {
    postings.push({
      type: "autoRecharge",
      amountCents: decision.amountCents,
      description: `Auto-recharge: the balance fell below ${formatUsdDisplay(settings.thresholdCents)}`,
    });
    patch.consecutiveFailures = 0;
    patch.lastFailureAt = null;
  } else if (decision.kind === "failed") {
    patch.consecutiveFailures = decision.failureState.consecutiveFailures;
    patch.lastFailureAt = ctx.now;
    if (decision.autoDisabled) patch.autoRechargeEnabled = false;
  }

  const result = await post(ctx, account, postings, patch, opts.debit?.lotChanges ?? []);
  const kinds = decision.notifications as NotificationView["kind"][];
  if (kinds.length > 0) {
    await raiseNotifications(ctx.tx, ctx.tenantId, ctx.now, kinds, {
      amountCents: settings.amountCents,
      thresholdCents: settings.thresholdCents,
      balanceCents: result.balanceCents,
      ...(decision.kind === "failed" ? { reason: decision.reason, retryAt: decision.retryAt } : {}),
    });
  }
  if (decision.kind === "recharged" || decision.kind === "failed") {
    await createAuditEvent(ctx.tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      action: "credits.autoRecharge",
      target: "MCOPSTNC",
      outcome: decision.kind === "recharged" ? "success" : "denied",
      ruleIds: ["A-4"],
      details:
        decision.kind === "recharged"
          ? { amount: formatUsd(decision.amountCents), balance: formatUsd(result.balanceCents), sandboxTime: ctx.now.toISOString() }
          : { reason: decision.reason, autoDisabled: decision.autoDisabled, retryAt: decision.retryAt, sandboxTime: ctx.now.toISOString() },
    });
  }
  return {
    entries: result.entries,
    balanceCents: result.balanceCents,
    autoRecharged: decision.kind === "recharged",
    rechargeFailed: decision.kind === "failed" ? decision.reason : null,
    rechargeAmountCents: decision.kind === "recharged" ? decision.amountCents : 0,
  };
}
