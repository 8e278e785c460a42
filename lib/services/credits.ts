import "server-only";
import Papa from "papaparse";
import type { LedgerType, NotificationKind } from "@/generated/prisma/client";
import { getDb, readConsistently, type Tx } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import {
  addPoolUsage,
  createCreditLot,
  createLedgerEntry,
  ensureCreditsAccount,
  findLedger,
  findOpenLots,
  findPoolUsage,
  findUserSnapshots,
  updateCreditsAccountIfUnchanged,
  updateLotIfUnchanged,
  type CreditsAccountRow, countLedger } from "@/lib/data/credits";
import { loadTenantSnapshot } from "@/lib/data/snapshot";
import { monthKey } from "@/lib/domain/clock";
import {
  allocateSpend,
  calculateLotExpiresAt,
  decideAutoRecharge,
  decideCall,
  decideCreditsSignUp,
  decideFunding,
  decideSettingsSave,
  validateAutoRecharge,
  type AutoRechargeFailureState,
  type AutoRechargeSettings,
  type CallType,
  type PaymentMethodOutcome,
} from "@/lib/domain/credits";
import { calculateNewLotRemaining } from "@/lib/domain/credits-clock";
import { formatUsd, formatUsdDisplay, parseUsd } from "@/lib/domain/money";
import { deny } from "@/lib/domain/reasons";
import type { Reason, Recommendation, Remedy, TenantPolicy, TenantSnapshot } from "@/lib/domain/types";
import type { AutoRechargeUpdateInput, FundsInput, LedgerType as LedgerTypeInput, PaymentMethod, UsageInput } from "@/lib/validation/credits";
import { assertCan, type TenantAccess } from "./actor";
import { auditRefusals } from "./audit";
import { AppError } from "./errors";
import { findReplay, isUniqueViolation, saveReplay, type StoredResponse } from "./idempotency";
import { raiseNotifications } from "./notifications";

// ---------------------------------------------------------------- transactions and the concurrency guard

/**
 * Many calls can land on one tenant at once. SQLite serialises writers, but the guard doesn't rely on it:
 * every balance write is `updateMany where version = the version read`, and when another writer got there
 * first the whole transaction is rolled back and run again from a fresh read.
 */
class ConcurrentUpdate extends Error {
  constructor() {
    super("The credits account changed while this request was being decided.");
  }
}

const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };
const MAX_ATTEMPTS = 25;

export async function runGuarded<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, TX_OPTIONS);
    } catch (err) {
      if (!(err instanceof ConcurrentUpdate)) throw err;
      if (attempt >= MAX_ATTEMPTS) {
        throw new AppError({ code: "CONFLICT", message: "The credits account is very busy right now. Try again in a moment." });
      }
    }
  }
}

export function concurrentUpdate(): Error {
  return new ConcurrentUpdate();
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: Reason }): T {
  if (!result.ok) throw AppError.fromReason(result.error);
  return result.value;
}

interface Ctx {
  tx: Tx;
  tenantId: string;
  /** Sandbox time the entries are recorded at. */
  now: Date;
  actor: { accountId: string | null; email: string };
}

function actorOf(access: TenantAccess): Ctx["actor"] {
  return { accountId: access.actor.accountId, email: access.actor.email };
}

async function tenantNow(tx: Tx, tenantId: string): Promise<Date> {
  const t = await tx.tenant.findUnique({ where: { id: tenantId }, select: { now: true } });
  if (!t) throw AppError.notFound("That tenant");
  return t.now;
}

async function snapshotOf(tx: Tx, tenantId: string): Promise<TenantSnapshot> {
  const s = await loadTenantSnapshot(tx, tenantId);
  if (!s) throw AppError.notFound("That tenant");
  return s;
}

function settingsOf(a: CreditsAccountRow): AutoRechargeSettings {
  return { enabled: a.autoRechargeEnabled, thresholdCents: a.thresholdCents, amountCents: a.rechargeAmountCents };
}

function paymentOf(a: CreditsAccountRow): PaymentMethodOutcome {
  return a.paymentMethod === "decline" || a.paymentMethod === "expired" ? a.paymentMethod : "succeed";
}

function notSetUp(): AppError {
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

export interface LedgerEntryView {
  id: string;
  at: string;
  type: LedgerType;
  amount: string;
  balanceAfter: string;
  description: string;
  seq: number;
}

function toLedgerView(e: { id: string; at: Date; type: LedgerType; amountCents: number; balanceAfterCents: number; description: string; seq: number }): LedgerEntryView {
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
async function post(ctx: Ctx, account: CreditsAccountRow, postings: Posting[], patch: AccountPatch = {}, lotChanges: LotChange[] = []) {
  let balance = account.balanceCents;
  let seq = account.ledgerSeq;
  const planned = postings.map((p) => {
    balance += p.amountCents;
    seq += 1;
    return { ...p, balanceAfterCents: balance, seq };
  });
  const changed = await updateCreditsAccountIfUnchanged(ctx.tx, ctx.tenantId, account.version, { ...patch, balanceCents: balance, ledgerSeq: seq });
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
  const decision = decideAutoRecharge({
    balanceBeforeCents: before,
    balanceAfterCents: after,
    settings,
    paymentMethod: opts.paymentMethod ?? paymentOf(account),
    failureState: opts.failureState ?? { consecutiveFailures: account.consecutiveFailures, lastFailureAt: account.lastFailureAt?.toISOString() ?? null },
    now: ctx.now.toISOString(),
    event: opts.event,
  });

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
  const kinds = decision.notifications as NotificationKind[];
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
  const amountCents = unwrap(decideFunding(policy, parseUsd(input.amount) ?? -1, paymentMethod)).amountCents;
  const ar = input.autoRecharge;
  const settings = unwrap(
    validateAutoRecharge(
      { enabled: ar?.enabled ?? false, thresholdCents: parseUsd(ar?.threshold ?? "0") ?? -1, amountCents: parseUsd(ar?.amount ?? "0") ?? -1 },
      policy,
    ),
  );
  const ctx: Ctx = { tx, tenantId: args.tenantId, now: args.now, actor: args.actor };
  await post(
    ctx,
    account,
    [{ type: "funding", amountCents, description: "Sign-up funding" }],
    {
      enabled: true,
      autoRechargeEnabled: settings.enabled,
      thresholdCents: settings.thresholdCents,
      rechargeAmountCents: settings.amountCents,
      consecutiveFailures: 0,
      lastFailureAt: null,
      ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
    },
  );
  if (settings.enabled) {
    const fresh = await ensureCreditsAccount(tx, args.tenantId);
    await settle(ctx, fresh, { event: "settingsChanged" });
  }
  return { amountCents };
}

// ---------------------------------------------------------------- reads

export interface CreditsView {
  enabled: boolean;
  balance: string;
  currency: "USD";
  autoRecharge: { enabled: boolean; threshold: string; amount: string };
  paymentMethod: PaymentMethod;
  minimumFunding: string;
  /** Number of entries in the whole ledger (the list may be limited or filtered). */
  ledgerSize: number;
  /** Number of entries of the requested type (equals ledgerSize without a filter). */
  matching: number;
  ledger: LedgerEntryView[];
}

export async function getCredits(access: TenantAccess, opts: { type?: LedgerTypeInput; limit?: number } = {}, tx?: Tx): Promise<CreditsView> {
  assertCan(access, "billing:read");
  return readConsistently(tx, async (tx) => {
    const snapshot = await snapshotOf(tx, access.tenantId);
    const account = await ensureCreditsAccount(tx, access.tenantId);
    const ledger = await findLedger(tx, access.tenantId, { type: opts.type, take: Math.min(10_000, Math.max(1, opts.limit ?? 1000)) });
    return {
      enabled: account.enabled,
      balance: formatUsd(account.balanceCents),
      currency: "USD",
      autoRecharge: { enabled: account.autoRechargeEnabled, threshold: formatUsd(account.thresholdCents), amount: formatUsd(account.rechargeAmountCents) },
      paymentMethod: paymentOf(account),
      minimumFunding: formatUsd(snapshot.policy.minimumFundingCents),
      ledgerSize: account.ledgerSeq,
      matching: opts.type ? await countLedger(tx, access.tenantId, opts.type) : account.ledgerSeq,
      ledger: ledger.map(toLedgerView),
    };
  });
}

export interface SignUpStatus {
  enabled: boolean;
  canSetUp: boolean;
  /** Why not, with what would unblock it (the first reason a purchase would answer with). */
  reason: { code: string; message: string; ruleId: string; doc: string; remedies: Remedy[] } | null;
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
  return { enabled: snapshot.creditsEnabled, canSetUp: !d.value.alreadySetUp, reason: null, recommendations: d.value.recommendations, minimumFunding };
}

/**
 * Cells a spreadsheet would run as a formula (CSV injection): a leading =, +, -, @, tab or CR. Descriptions
 * carry user-controlled text (display names), so such cells get papaparse's ' prefix. A plain signed amount
 * ("-6.00") is left alone: it is a number, not a formula, and stays one for whoever sums the column.
 */
const CSV_FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

/** The ledger as CSV (newest first), for download. */
export async function getLedgerCsv(access: TenantAccess, type?: LedgerTypeInput): Promise<string> {
  assertCan(access, "billing:read");
  const rows = await findLedger(getDb(), access.tenantId, { type });
  return Papa.unparse(
    rows.map((e) => {
      const v = toLedgerView(e);
      return { seq: v.seq, at: v.at, type: v.type, amount: v.amount, balanceAfter: v.balanceAfter, description: v.description };
    }),
    { columns: ["seq", "at", "type", "amount", "balanceAfter", "description"], newline: "\r\n", escapeFormulae: CSV_FORMULA },
  );
}

// ---------------------------------------------------------------- add funds

const FUNDS_SCOPE = "credits.funds";

/** POST /credits/funds: one funding entry and lot; idempotent with a key, like purchases. */
export async function addFunds(access: TenantAccess, input: FundsInput, idempotencyKey?: string): Promise<StoredResponse> {
  assertCan(access, "credits:manage");
  const attempt = () =>
    runGuarded(async (tx) => {
      if (idempotencyKey) {
        const replay = await findReplay(tx, access.tenantId, FUNDS_SCOPE, idempotencyKey, input);
        if (replay) return replay;
      }
      const snapshot = await snapshotOf(tx, access.tenantId);
      const account = await ensureCreditsAccount(tx, access.tenantId);
      if (!account.enabled) throw notSetUp();
      // SBX-PAY-1: added funds are paid with the card on file (set at sign-up or with the auto-recharge settings).
      const { amountCents } = unwrap(decideFunding(snapshot.policy, parseUsd(input.amount) ?? -1, paymentOf(account)));
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
      const body = toLedgerView(entries[0]);
      if (idempotencyKey) await saveReplay(tx, access.tenantId, FUNDS_SCOPE, idempotencyKey, input, 201, body);
      return { status: 201, body, replayed: false } as StoredResponse;
    });
  return auditRefusals(access, "credits.funds", "MCOPSTNC", async () => {
    try {
      return await attempt();
    } catch (err) {
      if (idempotencyKey && isUniqueViolation(err)) {
        const replay = await findReplay(getDb(), access.tenantId, FUNDS_SCOPE, idempotencyKey, input);
        if (replay) return replay;
      }
      throw err;
    }
  });
}

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
    runGuarded(async (tx) => {
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
    runGuarded(async (tx) => {
      const tenantId = access.tenantId;
      const snapshot = await snapshotOf(tx, tenantId);
      const users = await findUserSnapshots(tx, tenantId);
      const caller = users.find((u) => u.snapshot.id === input.userId);
      if (!caller) throw AppError.notFound("That user");
      const now = await tenantNow(tx, tenantId);
      const month = monthKey(now.toISOString());
      const poolUsage = await findPoolUsage(tx, tenantId, month);
      const account = await ensureCreditsAccount(tx, tenantId);
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
            lotChanges: spend.allocations.map((a) => ({ lotId: a.lotId, expectedRemaining: byId.get(a.lotId) ?? 0, remainingCents: (byId.get(a.lotId) ?? 0) - a.cents })),
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
export async function listCallers(access: TenantAccess): Promise<{ id: string; displayName: string; userPrincipalName: string; licenses: string[]; usageLocation: string | null }[]> {
  assertCan(access, "billing:read");
  const users = await findUserSnapshots(getDb(), access.tenantId);
  return users.map((u) => ({ id: u.snapshot.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName, licenses: u.snapshot.licenses, usageLocation: u.snapshot.usageLocation }));
}
