/**
 * Communications Credits decisions (catalogue §3; resolutions ).
 *
 * Money is integer US cents everywhere; per-minute rates are integer cents; a charge is minutes x rate.
 * Time comes in as an argument (ISO string or epoch ms). Nothing here writes: each decide* returns what
 * the caller should record (charge, pool draw, recharge, expiry), or a cited refusal.
 */
import { licensesProvide, planIncludes } from "./catalog";
import { decidePurchase } from "./offers";
import {
  calculateMinutePools,
  calculatePoolMinutesLeft,
  findPoolKey,
  findUserCallingPlan,
  poolIdOf,
  recordPoolUsage,
  type CallingPlanSku,
  type MinutePoolUsage,
  type PoolCounter,
  type PoolOptions,
} from "./pools";
import { withPolicy } from "./policy";
import { deny } from "./reasons";
import type { Reason, Recommendation, Remedy, Result, SkuPartNumber, TenantPolicy, TenantSnapshot, UserSnapshot } from "./types";

// ---------------------------------------------------------------- sign-up and funding

export interface CreditsSignUp {
  /** True when credits were already set up: nothing to buy, nothing changes (idempotent). */
  alreadySetUp: boolean;
  recommendations: Recommendation[];
}

/**
 * May this tenant set up Communications Credits? The purchase gate lives in offers.ts and is not repeated
 * here: tenant blocks (R-ADM-1, R-21V-1, R-GD-1, R-MC-1), R-CC-1 / R-CC-2 with A-3 (Audio Conferencing,
 * or Phone System AND a Calling Plan) and R-CC-5 (the tenant's country).
 */
export function decideCreditsSignUp(snapshot: TenantSnapshot): Result<CreditsSignUp> {
  if (snapshot.creditsEnabled) return { ok: true, value: { alreadySetUp: true, recommendations: [] } };
  const purchase = decidePurchase(snapshot, { sku: "MCOPSTNC", quantity: 1 });
  if (!purchase.ok) return purchase;
  return { ok: true, value: { alreadySetUp: false, recommendations: purchase.value.recommendations } };
}

export function assertCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer number of cents, got ${value}`);
}

/**
 * Adding funds: at least the policy minimum ($20 by default, the March 2018 figure; $50 is the
 * later one), no maximum. Non-integer cents are a bug upstream (zod parses money), so they throw.
 *
 * The funds are paid with the (simulated) card: a declined or expired card pays nothing, so the funding is
 * refused with PAYMENT_DECLINED (SBX-PAY-1) and nothing may be recorded. The amount is judged first: a
 * wrong amount is wrong whatever the card. Without a payment method the card is taken to pay ("succeed"),
 * which is what callers that only validate an amount (auto-recharge settings) mean.
 */
export function decideFunding(
  policy: Pick<TenantPolicy, "minimumFundingCents">,
  amountCents: number,
  paymentMethod: PaymentMethodOutcome = "succeed",
): Result<{ amountCents: number }> {
  assertCents("amountCents", amountCents);
  if (amountCents < policy.minimumFundingCents || amountCents <= 0) {
    return {
      ok: false,
      error: deny("AMOUNT_BELOW_MINIMUM", "A-8", {
        details: { field: "amountCents", amountCents, minimumCents: policy.minimumFundingCents },
      }),
    };
  }
  // SBX-PAY-1: the simulated card must pay for the funds.
  if (paymentMethod !== "succeed") {
    return {
      ok: false,
      error: deny("PAYMENT_DECLINED", "SBX-PAY-1", {
        details: { field: "paymentMethod", paymentMethod, amountCents, reason: paymentMethod === "expired" ? "cardExpired" : "declined" },
      }),
    };
  }
  return { ok: true, value: { amountCents } };
}

export interface AutoRechargeSettings {
  enabled: boolean;
  /** Trigger amount ("When the balance falls below"): recharge when balance < thresholdCents (A-4, exclusive). */
  thresholdCents: number;
  /** Recharge amount ("Recharge with"), added per recharge. */
  amountCents: number;
}

/**
 * Auto-recharge settings. Turned off, they are accepted as they are (nothing will use them). Turned on:
 * the trigger amount must be positive (A-4: a trigger of 0 would only fire after calls are already stopped,
 * A-5) and the recharge amount is a funding, so it must reach the funding minimum.
 */
export function validateAutoRecharge(
  settings: AutoRechargeSettings,
  policy: Pick<TenantPolicy, "minimumFundingCents">,
): Result<AutoRechargeSettings> {
  assertCents("thresholdCents", settings.thresholdCents);
  assertCents("amountCents", settings.amountCents);
  if (!settings.enabled) return { ok: true, value: settings };
  if (settings.thresholdCents <= 0) {
    return {
      ok: false,
      error: deny("AMOUNT_BELOW_MINIMUM", "A-4", {
        details: { field: "thresholdCents", thresholdCents: settings.thresholdCents, minimumCents: 1 },
      }),
    };
  }
  const funding = decideFunding(policy, settings.amountCents);
  if (!funding.ok) return funding;
  return { ok: true, value: settings };
}

// ---------------------------------------------------------------- calls

export const CALL_TYPES = ["domesticCall", "internationalCall", "tollFreeDialIn", "conferenceDialOut", "emergencyCall"] as const;
export type CallType = (typeof CALL_TYPES)[number];

/** Integer cents per minute for each call type. */
export type CallRates = Readonly<Record<CallType, number>>;

/**
 * ILLUSTRATIVE sandbox rates, integer cents per minute. Microsoft's published rates were on external pages
 * that aren't in the sources (catalogue §8), so these numbers are made up for the simulator only.
 * Emergency calls are never charged.
 */
export const SANDBOX_RATES: CallRates = {
  domesticCall: 2,
  internationalCall: 24,
  tollFreeDialIn: 3,
  conferenceDialOut: 6,
  emergencyCall: 0,
};

/**
 * What carried the call, in the PSTN usage report's vocabulary where one exists (graph notes §4.9):
 * MCOPSTN1/MCOPSTN2 = Calling Plan minutes, MCOPSTNPP = Communications Credits, FREECALL = not charged
 * (emergency). ON_PREMISES_PSTN is the sandbox's own value for hybrid users, whose calls don't touch
 * Microsoft's PSTN billing.
 */
export type CallCapability = CallingPlanSku | "MCOPSTNPP" | "FREECALL" | "ON_PREMISES_PSTN";

export interface CallRequest {
  type: CallType;
  /** Whole minutes, >= 1. */
  minutes: number;
  /** ISO alpha-2 of the number dialled; when given it decides domestic vs international (see decideCall). */
  destinationCountry?: string | null;
}

export interface DecideCallInput {
  call: CallRequest;
  /** The caller, or for tollFreeDialIn / conferenceDialOut the meeting organizer. */
  user: UserSnapshot;
  tenant: TenantSnapshot;
  /** Every user of the tenant: the pools are sized from their assigned Calling Plans. */
  users: readonly UserSnapshot[];
  /** Minutes already drawn this UTC calendar month (pools.ts). */
  poolUsage: MinutePoolUsage;
  /** Current Communications Credits balance, integer cents; may be negative after an in-flight call. */
  balanceCents: number;
  /** Defaults to tenant.creditsEnabled. */
  creditsEnabled?: boolean;
  /** Defaults to SANDBOX_RATES. */
  rates?: CallRates;
  /** A-14 reading for Domestic and International pools. */
  poolOptions?: PoolOptions;
}

export interface CallDecision {
  type: CallType;
  /** The call type used for pools and rates, after the destination check (may differ from `type`). */
  billedAs: CallType;
  minutes: number;
  /** Minutes drawn from the Calling Plan pool. */
  coveredByPlanMinutes: number;
  /** Minutes paid from Communications Credits. */
  chargedMinutes: number;
  rateCentsPerMinute: number;
  /** chargedMinutes x rateCentsPerMinute; 0 when nothing is charged. */
  chargeCents: number;
  /** The pool drawn from, and which counter; null when none was. */
  pool: { poolId: string; poolKey: string; planSku: CallingPlanSku; counter: PoolCounter } | null;
  /** What paid for the call; `capabilities` lists both when plan minutes and credits share it. */
  capability: CallCapability;
  capabilities: CallCapability[];
  /** The month's usage after this call (unchanged when nothing was drawn). */
  poolUsageAfter: MinutePoolUsage;
  /** balanceCents - chargeCents; can go below zero (§3.5: a call that started is charged in full). */
  balanceAfterCents: number;
}

/** Step 5 of decideCall: why the minutes the plan doesn't cover can't be paid from credits, or null when they can. */
function paidRemainderRefusal(
  input: DecideCallInput,
  user: UserSnapshot,
  billedAs: CallType,
  covered: number,
  remainder: number,
  creditsEnabled: boolean,
): Reason | null {
  const notSetUpRule = billedAs === "tollFreeDialIn" ? "R-CC-4" : billedAs === "conferenceDialOut" ? "A-10" : "A-13";
  const details = {
    userId: user.id,
    callType: input.call.type,
    minutes: input.call.minutes,
    coveredByPlanMinutes: covered,
    uncoveredMinutes: remainder,
  };
  if (!creditsEnabled) return deny("CREDITS_NOT_SET_UP", notSetUpRule, { remedies: [{ action: "purchase", sku: "MCOPSTNC" }], details });
  // dialling in to a meeting's toll-free number needs tenant credits only, not a per-user license.
  if (billedAs !== "tollFreeDialIn" && !user.licenses.includes("MCOPSTNC")) {
    return deny("CREDITS_NOT_SET_UP", "R-ASG-CC", { remedies: [{ action: "assign", sku: "MCOPSTNC" }], details });
  }
  if (input.balanceCents <= 0) {
    return deny("INSUFFICIENT_FUNDS", "A-5", {
      remedies: [{ action: "addFunds" }],
      details: { ...details, balanceCents: input.balanceCents },
    });
  }
  return null;
}

function refuse(error: Reason): Result<CallDecision> {
  return { ok: false, error };
}

/** The license that gives a user a capability: their plan when it includes it (E5), else the add-on. */
function assignRemedy(tenant: TenantSnapshot, sku: SkuPartNumber): Remedy {
  return tenant.plan !== null && planIncludes(tenant.plan, sku) ? { action: "assign", sku: tenant.plan } : { action: "assign", sku };
}

/**
 * Domestic or international, from the destination when one is given: the user's domestic scope is their
 * usage location's pool country (R-ASG-LOC), so a US user calling Puerto Rico is domestic (CR-us:55).
 */
function classify(call: CallRequest, user: UserSnapshot): CallType {
  if ((call.type !== "domesticCall" && call.type !== "internationalCall") || !call.destinationCountry || !user.usageLocation) {
    return call.type;
  }
  const home = findPoolKey(user.usageLocation) ?? user.usageLocation.toUpperCase();
  const dest = findPoolKey(call.destinationCountry) ?? call.destinationCountry.toUpperCase();
  return home === dest ? "domesticCall" : "internationalCall";
}

/** The type a call is billed as, before placing it (the call simulator's preview): classify's rule, exported. */
export function billedCallType(type: CallType, destinationCountry: string | null | undefined, usageLocation: string | null): CallType {
  return classify({ type, destinationCountry } as CallRequest, { usageLocation } as UserSnapshot);
}

/**
 * Decides one PSTN call. Order:
 *  1. emergencyCall: always allowed, never charged, draws no pool (TPS:272 exempts emergency calling; A-13).
 *  2. Hybrid users (on-premises PSTN, R-ASG-HYB): domestic and international calls leave through their own
 *     phone system; allowed, not metered here.
 *  3. Licenses: domestic/international need a Calling Plan (R-ASG-CP) with Phone System (R-ASG-CP-PS) and a
 *     usage location (R-ASG-LOC); toll-free dial-in and conference dial-out need the organizer to have
 *     Audio Conferencing (R-ASG-AC).
 *  4. Plan minutes first: domestic minutes from the pool of the user's usage location and plan type;
 *     international minutes only on a Domestic and International plan (A-14 counters); international calls on
 *     a Domestic plan always go to credits (WC:37). Toll-free dial-in and dial-out are credit-funded.
 *  5. The rest goes to Communications Credits, which must be set up (A-13 for calls, R-CC-4 toll-free,
 *     A-10 dial-out), licensed to the user (R-ASG-CC; not for toll-free dial-in into a meeting, A-10), and
 *     have a balance above zero. The call is then charged in full even if that takes the balance below
 *     zero (§3.5).
 *
 * Partial coverage: when the plan covers part of a call and the rest can't be paid, the WHOLE call is refused
 * and nothing is drawn from the pool — one decision, one outcome, no half-recorded usage (the docs say calls
 * are disconnected when minutes run out, SC:36; a sandbox call is an atomic record, so it is refused up
 * front instead). Plan-covered calls keep working at a zero or negative balance.
 */
export function decideCall(input: DecideCallInput): Result<CallDecision> {
  const { call, user, tenant, poolUsage } = input;
  if (!Number.isSafeInteger(call.minutes) || call.minutes < 1) {
    throw new RangeError(`minutes must be a whole number >= 1, got ${call.minutes}`);
  }
  assertCents("balanceCents", input.balanceCents);
  const rates = input.rates ?? SANDBOX_RATES;
  const creditsEnabled = input.creditsEnabled ?? tenant.creditsEnabled;
  const billedAs = classify(call, user);
  const none = {
    type: call.type,
    billedAs,
    minutes: call.minutes,
    poolUsageAfter: poolUsage,
  };

  /** A call nothing meters: no pool minutes, no credits. */
  const unmetered = (capability: "FREECALL" | "ON_PREMISES_PSTN"): Result<CallDecision> => ({
    ok: true,
    value: {
      ...none,
      coveredByPlanMinutes: 0,
      chargedMinutes: 0,
      rateCentsPerMinute: 0,
      chargeCents: 0,
      pool: null,
      capability,
      capabilities: [capability],
      balanceAfterCents: input.balanceCents,
    },
  });

  // 1. Emergency calls: always, free.
  if (call.type === "emergencyCall") return unmetered("FREECALL");

  const isCallingPlanCall = billedAs === "domesticCall" || billedAs === "internationalCall";

  // 2. Hybrid users: their PSTN is on premises (R-ASG-HYB).
  if (isCallingPlanCall && user.pstnConnectivity === "onPremises") return unmetered("ON_PREMISES_PSTN");

  // 3. Licenses.
  let planSku: CallingPlanSku | null = null;
  if (isCallingPlanCall) {
    planSku = findUserCallingPlan(user.licenses);
    if (!planSku) {
      return refuse(
        deny("PREREQUISITE_MISSING", "R-ASG-CP", {
          remedies: [{ action: "assign", sku: "MCOPSTN1" }],
          details: { userId: user.id, callType: call.type },
        }),
      );
    }
    if (!licensesProvide(user.licenses, "phoneSystem")) {
      return refuse(
        deny("PREREQUISITE_MISSING", "R-ASG-CP-PS", {
          remedies: [assignRemedy(tenant, "MCOEV")],
          details: { userId: user.id, sku: planSku },
        }),
      );
    }
    if (!user.usageLocation) {
      return refuse(
        deny("USAGE_LOCATION_REQUIRED", "R-ASG-LOC", { remedies: [{ action: "setUsageLocation" }], details: { userId: user.id } }),
      );
    }
  } else if (!licensesProvide(user.licenses, "audioConferencing")) {
    return refuse(
      deny("PREREQUISITE_MISSING", "R-ASG-AC", {
        remedies: [assignRemedy(tenant, "MCOMEETADV")],
        details: { userId: user.id, callType: call.type },
      }),
    );
  }

  // 4. Plan minutes first. A-14: the tenant policy's reading unless the caller gives one.
  const poolOptions: PoolOptions = input.poolOptions ?? { diExhaustion: tenant.policy.diPoolExhaustion };
  /** True when the A-14 reading ("either") is what left these minutes uncovered (the refusal then names it). */
  let shortByReading = false;
  let covered = 0;
  let pool: CallDecision["pool"] = null;
  if (planSku && user.usageLocation) {
    const counter: PoolCounter = billedAs === "domesticCall" ? "domestic" : "international";
    const poolKey = findPoolKey(user.usageLocation);
    const drawsFromPool = poolKey !== null && !(counter === "international" && planSku === "MCOPSTN1");
    if (poolKey !== null && drawsFromPool) {
      const users = input.users.some((u) => u.id === user.id) ? input.users : [...input.users, user];
      const poolId = poolIdOf(poolKey, planSku);
      const current = calculateMinutePools({ users }, poolUsage, poolOptions).find((p) => p.poolId === poolId);
      const left = current ? calculatePoolMinutesLeft(current, counter, poolOptions) : 0;
      covered = Math.min(call.minutes, left);
      const leftPerCategory = current ? calculatePoolMinutesLeft(current, counter, { diExhaustion: "perCategory" }) : 0;
      shortByReading = poolOptions.diExhaustion !== "perCategory" && covered < Math.min(call.minutes, leftPerCategory);
      pool = { poolId, poolKey, planSku, counter };
    }
  }
  const remainder = call.minutes - covered;

  // 5. Communications Credits for the rest. A refusal the A-14 reading caused names the policy flag.
  if (remainder > 0) {
    const refusal = paidRemainderRefusal(input, user, billedAs, covered, remainder, creditsEnabled);
    if (refusal) return refuse(shortByReading ? withPolicy(refusal, "diPoolExhaustion") : refusal);
  }

  const rate = remainder > 0 ? rates[billedAs] : 0;
  assertCents("rate", rate);
  const chargeCents = remainder * rate;
  const capabilities: CallCapability[] = [];
  if (covered > 0 && planSku) capabilities.push(planSku);
  if (remainder > 0) capabilities.push("MCOPSTNPP");
  return {
    ok: true,
    value: {
      ...none,
      coveredByPlanMinutes: covered,
      chargedMinutes: remainder,
      rateCentsPerMinute: rate,
      chargeCents,
      pool,
      capability: capabilities[0],
      capabilities,
      poolUsageAfter: pool && covered > 0 ? recordPoolUsage(poolUsage, pool.poolId, pool.counter, covered) : poolUsage,
      balanceAfterCents: input.balanceCents - chargeCents,
    },
  };
}

// ---------------------------------------------------------------- blocked users report (UBR)

export interface BlockedUser {
  userId: string;
  /** Call types this user can't make right now (a one-minute call of that type would be refused). */
  blockedCallTypes: CallType[];
  /** One reason per blocked call type, same order. */
  reasons: Reason[];
}

/**
 * The "Users blocked" report (UBR): PSTN users who can't place some kind of call right now, with the reason.
 * Calling Plan holders are checked for domestic and international calls, Audio Conferencing organizers for
 * toll-free dial-in and dial-out. Users with neither aren't PSTN users and aren't listed. Hybrid users are
 * never blocked here (their PSTN is on premises).
 */
export function calculateBlockedUsers(input: Omit<DecideCallInput, "call" | "user">): BlockedUser[] {
  const out: BlockedUser[] = [];
  for (const user of input.users) {
    const types: CallType[] = [];
    if (findUserCallingPlan(user.licenses)) types.push("domesticCall", "internationalCall");
    if (licensesProvide(user.licenses, "audioConferencing")) types.push("tollFreeDialIn", "conferenceDialOut");
    const blockedCallTypes: CallType[] = [];
    const reasons: Reason[] = [];
    for (const type of types) {
      const decision = decideCall({ ...input, user, call: { type, minutes: 1 } });
      if (!decision.ok) {
        blockedCallTypes.push(type);
        reasons.push(decision.error);
      }
    }
    if (blockedCallTypes.length > 0) out.push({ userId: user.id, blockedCallTypes, reasons });
  }
  return out;
}

/** The simulated card's answer (SBX-PAY-1). */
export type PaymentMethodOutcome = "succeed" | "decline" | "expired";
