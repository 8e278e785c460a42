import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { HOUR_MS } from "./clock";
import {
  calculateBlockedUsers,
  decideCall,
  decideCreditsSignUp,
  decideFunding,
  SANDBOX_RATES,
  validateAutoRecharge,
  type CallRequest,
  type DecideCallInput,
} from "./credits";
import { decideAutoRecharge, decideSettingsSave, type AutoRechargeInput } from "./auto-recharge";
import { allocateSpend, calculateLotExpiresAt, decideExpiry, type CreditLot } from "./credit-lots";
import { makeSnapshot } from "./fixtures";
import type { MinutePoolUsage } from "./pools";
import {
  DEFAULT_POLICY,
  type DenialCode,
  type SkuPartNumber,
  type SubscriptionSnapshot,
  type TenantSnapshot,
  type UserSnapshot,
} from "./types";

function sub(sku: SkuPartNumber, quantity: number): SubscriptionSnapshot {
  return { id: `sub-${sku}`, sku, quantity, commercial: true, status: "active" };
}

function user(id: string, licenses: SkuPartNumber[], overrides: Partial<UserSnapshot> = {}): UserSnapshot {
  return { id, usageLocation: "US", pstnConnectivity: "online", kind: "person", licenses, ...overrides };
}

const alice = user("alice", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1", "MCOPSTNC"]);
const bob = user("bob", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]); // no Communications Credits license
const carol = user("carol", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN2", "MCOPSTNC"], { usageLocation: "GB" });
const dave = user("dave", ["ENTERPRISEPACK", "MCOMEETADV"]); // meeting organizer, no credits license
const erin = user("erin", ["ENTERPRISEPREMIUM", "MCOPSTNC"]); // E5 organizer with the credits license
const hybrid = user("hybrid", ["ENTERPRISEPACK", "MCOEV"], { pstnConnectivity: "onPremises" });
const nobody = user("nobody", ["ENTERPRISEPACK"]);
const cpNoPs = user("cp-no-ps", ["ENTERPRISEPACK", "MCOPSTN1"]);
const cpNoLocation = user("cp-no-loc", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"], { usageLocation: null });
const users = [alice, bob, carol, dave, erin, hybrid, nobody];

const tenant: TenantSnapshot = makeSnapshot({
  plan: "ENTERPRISEPACK",
  subscriptions: [
    sub("ENTERPRISEPACK", 25),
    sub("MCOEV", 5),
    sub("MCOPSTN1", 5),
    sub("MCOPSTN2", 5),
    sub("MCOMEETADV", 5),
    sub("MCOPSTNC", 1),
  ],
  creditsEnabled: true,
});

// US:MCOPSTN1 pool = alice + bob = 6000 minutes; GB:MCOPSTN2 = 1200 domestic / 600 international.
const US = "US:MCOPSTN1";
const GB = "GB:MCOPSTN2";
const used = (poolId: string, domesticMinutes: number, internationalMinutes = 0): MinutePoolUsage => ({
  [poolId]: { domesticMinutes, internationalMinutes },
});

function call(
  type: CallRequest["type"],
  minutes: number,
  caller: UserSnapshot,
  extra: Partial<DecideCallInput> = {},
  destinationCountry?: string,
): DecideCallInput {
  return { call: { type, minutes, destinationCountry }, user: caller, tenant, users, poolUsage: {}, balanceCents: 10_000, ...extra };
}

interface Allowed {
  label: string;
  input: DecideCallInput;
  covered: number;
  charged: number;
  chargeCents: number;
  capability: string;
  balanceAfter?: number;
}

const allowed: Allowed[] = [
  {
    label: "A-13 domestic call inside the pool",
    input: call("domesticCall", 10, alice),
    covered: 10,
    charged: 0,
    chargeCents: 0,
    capability: "MCOPSTN1",
  },
  {
    label: "A-13 overflow: the pool covers 10 minutes, credits pay 20 at the domestic rate",
    input: call("domesticCall", 30, alice, { poolUsage: used(US, 5990) }),
    covered: 10,
    charged: 20,
    chargeCents: 20 * SANDBOX_RATES.domesticCall,
    capability: "MCOPSTN1",
  },
  {
    label: "A-5 plan-covered calls still work at a negative balance",
    input: call("domesticCall", 10, bob, { balanceCents: -500 }),
    covered: 10,
    charged: 0,
    chargeCents: 0,
    capability: "MCOPSTN1",
    balanceAfter: -500,
  },
  {
    label: "A-13 (WC:37) international call on a Domestic plan always goes to credits",
    input: call("internationalCall", 10, alice),
    covered: 0,
    charged: 10,
    chargeCents: 10 * SANDBOX_RATES.internationalCall,
    capability: "MCOPSTNPP",
  },
  {
    label: "A-14 international call on a Domestic and International plan draws the international counter",
    input: call("internationalCall", 10, carol),
    covered: 10,
    charged: 0,
    chargeCents: 0,
    capability: "MCOPSTN2",
  },
  {
    label: "A-14 literal: the international cap reached stops the pool for domestic calls too",
    input: call("domesticCall", 10, carol, { poolUsage: used(GB, 0, 600) }),
    covered: 0,
    charged: 10,
    chargeCents: 10 * SANDBOX_RATES.domesticCall,
    capability: "MCOPSTNPP",
  },
  {
    label: "A-14 alternative: per category, domestic minutes keep working",
    input: call("domesticCall", 10, carol, { poolUsage: used(GB, 0, 600), poolOptions: { diExhaustion: "perCategory" } }),
    covered: 10,
    charged: 0,
    chargeCents: 0,
    capability: "MCOPSTN2",
  },
  {
    label: "A-10 toll-free dial-in: tenant credits suffice, no per-user license needed",
    input: call("tollFreeDialIn", 20, dave),
    covered: 0,
    charged: 20,
    chargeCents: 20 * SANDBOX_RATES.tollFreeDialIn,
    capability: "MCOPSTNPP",
  },
  {
    label: "A-10 conference dial-out by an E5 organizer with the credits license",
    input: call("conferenceDialOut", 5, erin),
    covered: 0,
    charged: 5,
    chargeCents: 5 * SANDBOX_RATES.conferenceDialOut,
    capability: "MCOPSTNPP",
  },
  {
    label: "A-13 emergency calls: always allowed, never charged, no licenses, no credits, negative balance",
    input: call("emergencyCall", 15, nobody, { balanceCents: -100, creditsEnabled: false, poolUsage: used(US, 6000) }),
    covered: 0,
    charged: 0,
    chargeCents: 0,
    capability: "FREECALL",
    balanceAfter: -100,
  },
  {
    label: "A-5 §3.5 a call that starts with a positive balance is charged in full, even below zero",
    input: call("internationalCall", 100, alice, { balanceCents: 50 }),
    covered: 0,
    charged: 100,
    chargeCents: 100 * SANDBOX_RATES.internationalCall,
    capability: "MCOPSTNPP",
    balanceAfter: 50 - 100 * SANDBOX_RATES.internationalCall,
  },
  {
    label: "R-ASG-HYB hybrid users call through their own phone system: allowed, not metered",
    input: call("domesticCall", 10, hybrid, { creditsEnabled: false }),
    covered: 0,
    charged: 0,
    chargeCents: 0,
    capability: "ON_PREMISES_PSTN",
  },
  {
    label: "R-ASG-LOC a US user calling Puerto Rico is a domestic call (one pool, CR-us:55)",
    input: call("internationalCall", 10, alice, {}, "PR"),
    covered: 10,
    charged: 0,
    chargeCents: 0,
    capability: "MCOPSTN1",
  },
];

describe("decideCall: allowed", () => {
  it.each(allowed)("$label", ({ input, covered, charged, chargeCents, capability, balanceAfter }) => {
    const r = decideCall(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.coveredByPlanMinutes).toBe(covered);
    expect(r.value.chargedMinutes).toBe(charged);
    expect(r.value.chargeCents).toBe(chargeCents);
    expect(Number.isInteger(r.value.chargeCents)).toBe(true);
    expect(r.value.capability).toBe(capability);
    // every metered minute is either plan-covered or charged; free calls (emergency, on-premises) are neither
    const free = capability === "FREECALL" || capability === "ON_PREMISES_PSTN";
    expect(r.value.coveredByPlanMinutes + r.value.chargedMinutes).toBe(free ? 0 : input.call.minutes);
    expect(r.value.balanceAfterCents).toBe(balanceAfter ?? input.balanceCents - chargeCents);
  });

  it("A-13 records the pool draw: overflow call uses up the pool exactly", () => {
    const r = decideCall(call("domesticCall", 30, alice, { poolUsage: used(US, 5990) }));
    expect(r.ok && r.value.pool).toEqual({ poolId: US, poolKey: "US", planSku: "MCOPSTN1", counter: "domestic" });
    expect(r.ok && r.value.poolUsageAfter).toEqual(used(US, 6000));
    expect(r.ok && r.value.capabilities).toEqual(["MCOPSTN1", "MCOPSTNPP"]);
  });

  it("R-ASG-LOC a US user calling Germany with 'domesticCall' is billed as international", () => {
    const r = decideCall(call("domesticCall", 10, alice, {}, "DE"));
    expect(r.ok && r.value.billedAs).toBe("internationalCall");
    expect(r.ok && r.value.chargeCents).toBe(10 * SANDBOX_RATES.internationalCall);
  });

  it("rates are configuration: custom integer rates are used", () => {
    const r = decideCall(call("tollFreeDialIn", 3, dave, { rates: { ...SANDBOX_RATES, tollFreeDialIn: 7 } }));
    expect(r.ok && r.value.chargeCents).toBe(21);
  });

  it("invalid minutes are a bug upstream (zod), not a denial", () => {
    expect(() => decideCall(call("domesticCall", 0, alice))).toThrow(RangeError);
    expect(() => decideCall(call("domesticCall", 1.5, alice))).toThrow(RangeError);
  });
});

interface Refused {
  label: string;
  input: DecideCallInput;
  code: DenialCode;
  ruleId: string;
}

const refused: Refused[] = [
  {
    label: "A-13 pool used up and credits not set up: the whole call is refused (no partial coverage)",
    input: call("domesticCall", 30, alice, { poolUsage: used(US, 5990), creditsEnabled: false }),
    code: "CREDITS_NOT_SET_UP",
    ruleId: "A-13",
  },
  {
    label: "R-ASG-CC overflow for a user without the Communications Credits license",
    input: call("domesticCall", 10, bob, { poolUsage: used(US, 6000) }),
    code: "CREDITS_NOT_SET_UP",
    ruleId: "R-ASG-CC",
  },
  {
    label: "A-5 overflow with a zero balance",
    input: call("domesticCall", 10, alice, { poolUsage: used(US, 6000), balanceCents: 0 }),
    code: "INSUFFICIENT_FUNDS",
    ruleId: "A-5",
  },
  {
    label: "A-5 international call with a negative balance",
    input: call("internationalCall", 1, alice, { balanceCents: -1 }),
    code: "INSUFFICIENT_FUNDS",
    ruleId: "A-5",
  },
  {
    label: "R-CC-4 toll-free dial-in without Communications Credits",
    input: call("tollFreeDialIn", 5, dave, { creditsEnabled: false }),
    code: "CREDITS_NOT_SET_UP",
    ruleId: "R-CC-4",
  },
  {
    label: "A-5 toll-free dial-in with an empty balance",
    input: call("tollFreeDialIn", 5, dave, { balanceCents: 0 }),
    code: "INSUFFICIENT_FUNDS",
    ruleId: "A-5",
  },
  {
    label: "A-10 conference dial-out without Communications Credits",
    input: call("conferenceDialOut", 5, erin, { creditsEnabled: false }),
    code: "CREDITS_NOT_SET_UP",
    ruleId: "A-10",
  },
  {
    label: "R-ASG-CC conference dial-out by an organizer without the credits license",
    input: call("conferenceDialOut", 5, dave),
    code: "CREDITS_NOT_SET_UP",
    ruleId: "R-ASG-CC",
  },
  {
    label: "R-ASG-AC toll-free dial-in to a meeting of an organizer without Audio Conferencing",
    input: call("tollFreeDialIn", 5, nobody),
    code: "PREREQUISITE_MISSING",
    ruleId: "R-ASG-AC",
  },
  {
    label: "R-ASG-CP domestic call by a user without a Calling Plan",
    input: call("domesticCall", 5, nobody),
    code: "PREREQUISITE_MISSING",
    ruleId: "R-ASG-CP",
  },
  {
    label: "R-ASG-CP-PS Calling Plan without Phone System",
    input: call("domesticCall", 5, cpNoPs),
    code: "PREREQUISITE_MISSING",
    ruleId: "R-ASG-CP-PS",
  },
  {
    label: "R-ASG-LOC Calling Plan user without a usage location",
    input: call("domesticCall", 5, cpNoLocation),
    code: "USAGE_LOCATION_REQUIRED",
    ruleId: "R-ASG-LOC",
  },
];

describe("decideCall: refused", () => {
  it.each(refused)("$label -> $code", ({ input, code, ruleId }) => {
    const r = decideCall(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.ruleId).toBe(ruleId);
    expect(r.error.doc).not.toBe("");
    expect(r.error.remedies.length).toBeGreaterThan(0);
  });

  it("A-5 remedies: add funds; R-ASG-CC: assign the credits license; A-13: buy credits", () => {
    const funds = decideCall(call("internationalCall", 1, alice, { balanceCents: 0 }));
    expect(!funds.ok && funds.error.remedies).toEqual([{ action: "addFunds" }]);
    const license = decideCall(call("conferenceDialOut", 1, dave));
    expect(!license.ok && license.error.remedies).toEqual([{ action: "assign", sku: "MCOPSTNC" }]);
    const setUp = decideCall(call("internationalCall", 1, alice, { creditsEnabled: false }));
    expect(!setUp.ok && setUp.error.remedies).toEqual([{ action: "purchase", sku: "MCOPSTNC" }]);
  });
});

describe("calculateBlockedUsers (UBR)", () => {
  it("lists PSTN users who can't call now, with one reason per blocked call type", () => {
    const report = calculateBlockedUsers({ tenant, users, poolUsage: used(US, 6000), balanceCents: 0, creditsEnabled: false });
    const byUser = Object.fromEntries(report.map((b) => [b.userId, b.blockedCallTypes.map((t, i) => `${t}:${b.reasons[i].ruleId}`)]));
    expect(byUser).toEqual({
      alice: ["domesticCall:A-13", "internationalCall:A-13"],
      bob: ["domesticCall:A-13", "internationalCall:A-13"],
      dave: ["tollFreeDialIn:R-CC-4", "conferenceDialOut:A-10"],
      erin: ["tollFreeDialIn:R-CC-4", "conferenceDialOut:A-10"],
    });
    // carol (GB, Domestic and International plan) still has her own pool, so she isn't blocked.
    expect(report.find((b) => b.userId === "carol")).toBeUndefined();
    // hybrid users and users without PSTN licenses are never listed
    expect(report.map((b) => b.userId)).not.toContain("hybrid");
    expect(report.map((b) => b.userId)).not.toContain("nobody");
  });

  it("nobody is blocked when credits are set up, licensed and funded", () => {
    const funded = [alice, carol, erin];
    expect(calculateBlockedUsers({ tenant, users: funded, poolUsage: used(US, 6000), balanceCents: 5000 })).toEqual([]);
  });
});

describe("decideFunding (A-8)", () => {
  it.each([
    ["below the $20 minimum", 1999, DEFAULT_POLICY.minimumFundingCents, false],
    ["exactly the minimum", 2000, DEFAULT_POLICY.minimumFundingCents, true],
    ["no maximum", 100_000_000, DEFAULT_POLICY.minimumFundingCents, true],
    ["zero", 0, DEFAULT_POLICY.minimumFundingCents, false],
    ["negative", -500, DEFAULT_POLICY.minimumFundingCents, false],
    ["the later $50 minimum", 4999, 5000, false],
  ] as const)("A-8 %s", (_label, amountCents, minimumFundingCents, ok) => {
    const r = decideFunding({ minimumFundingCents }, amountCents);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.error.code).toBe("AMOUNT_BELOW_MINIMUM");
      expect(r.error.ruleId).toBe("A-8");
      expect(r.error.details?.minimumCents).toBe(minimumFundingCents);
    }
  });

  it("non-integer cents throw (money is integer cents)", () => {
    expect(() => decideFunding(DEFAULT_POLICY, 2000.5)).toThrow(RangeError);
  });
});

describe("validateAutoRecharge (A-4, A-8)", () => {
  it.each([
    ["turned off: accepted as is", { enabled: false, thresholdCents: 0, amountCents: 0 }, null],
    ["a valid setting", { enabled: true, thresholdCents: 1000, amountCents: 5000 }, null],
    ["A-4 the trigger amount must be positive", { enabled: true, thresholdCents: 0, amountCents: 5000 }, "A-4"],
    ["A-8 the recharge amount is a funding and must reach the minimum", { enabled: true, thresholdCents: 1000, amountCents: 1000 }, "A-8"],
  ] as const)("%s", (_label, settings, ruleId) => {
    const r = validateAutoRecharge(settings, DEFAULT_POLICY);
    expect(r.ok).toBe(ruleId === null);
    if (!r.ok) {
      expect(r.error.code).toBe("AMOUNT_BELOW_MINIMUM");
      expect(r.error.ruleId).toBe(ruleId);
    }
  });
});

describe("decideCreditsSignUp (R-CC-1, R-CC-2, A-3, R-CC-5, R-21V-1)", () => {
  const e3 = (subs: SubscriptionSnapshot[], extra: Partial<TenantSnapshot> = {}) =>
    makeSnapshot({ plan: "ENTERPRISEPACK", subscriptions: [sub("ENTERPRISEPACK", 25), ...subs], ...extra });

  it.each([
    ["R-CC-1 with Audio Conferencing", e3([sub("MCOMEETADV", 1)]), null],
    ["R-CC-1 A-3 with Phone System and a Calling Plan", e3([sub("MCOEV", 1), sub("MCOPSTN1", 1)]), null],
    ["R-CC-2 Phone System alone is not enough", e3([sub("MCOEV", 1)]), "R-CC-2"],
    ["R-CC-2 A-3 E5 without AC and no Calling Plan", makeSnapshot({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF" }), "R-CC-2"],
    ["R-CC-5 not in Russia", e3([sub("MCOMEETADV", 1)], { country: "RU" }), "R-CC-5"],
    ["R-21V-1 not on 21Vianet", e3([sub("MCOMEETADV", 1)], { cloud: "21vianet", country: "CN" }), "R-21V-1"],
    ["R-ADM-1 not before a plan", makeSnapshot({ plan: null }), "R-ADM-1"],
  ] as const)("%s", (_label, snapshot, ruleId) => {
    const r = decideCreditsSignUp(snapshot);
    expect(r.ok).toBe(ruleId === null);
    if (!r.ok) expect(r.error.ruleId).toBe(ruleId);
  });

  it("idempotent once set up; R-REC-AR recommends auto-recharge on sign-up", () => {
    expect(decideCreditsSignUp(e3([sub("MCOMEETADV", 1)], { creditsEnabled: true }))).toEqual({
      ok: true,
      value: { alreadySetUp: true, recommendations: [] },
    });
    const r = decideCreditsSignUp(e3([sub("MCOMEETADV", 1)]));
    expect(r.ok && r.value.recommendations.map((x) => x.ruleId)).toContain("R-REC-AR");
  });
});

// ---------------------------------------------------------------- auto-recharge

const NOW = "2018-03-07T12:00:00.000Z";
const settings = { enabled: true, thresholdCents: 2000, amountCents: 5000 };
const noFailures = { consecutiveFailures: 0, lastFailureAt: null };
const ar = (over: Partial<AutoRechargeInput>): AutoRechargeInput => ({
  balanceBeforeCents: 2500,
  balanceAfterCents: 1999,
  settings,
  paymentMethod: "succeed",
  failureState: noFailures,
  now: NOW,
  ...over,
});
const hoursBefore = (h: number) => new Date(Date.parse(NOW) - h * HOUR_MS).toISOString();

describe("decideAutoRecharge (A-4; called auto-recharge, not auto-charge, per A-7)", () => {
  it.each([
    ["A-4 crossing strictly below the trigger recharges", ar({}), "recharged"],
    ["A-4 landing exactly on the trigger does not", ar({ balanceAfterCents: 2000 }), "none:notBelowTrigger"],
    [
      "A-4 already below before the charge: one crossing triggers once",
      ar({ balanceBeforeCents: 1900, balanceAfterCents: 1800 }),
      "none:alreadyBelowTrigger",
    ],
    [
      "A-4 turning auto-recharge on below the trigger counts as a crossing",
      ar({ balanceBeforeCents: 500, balanceAfterCents: 500, event: "settingsChanged" }),
      "recharged",
    ],
    [
      "A-4 a clock tick alone never starts a recharge",
      ar({ balanceBeforeCents: 500, balanceAfterCents: 500, event: "tick" }),
      "none:alreadyBelowTrigger",
    ],
    ["turned off", ar({ settings: { ...settings, enabled: false } }), "none:disabled"],
    ["a declined card fails and notifies", ar({ paymentMethod: "decline" }), "failed:declined"],
    ["an expired card fails and notifies", ar({ paymentMethod: "expired" }), "failed:cardExpired"],
    [
      "retry waits 1h after the first failure",
      ar({
        failureState: { consecutiveFailures: 1, lastFailureAt: hoursBefore(0.5) },
        event: "tick",
        balanceBeforeCents: 1000,
        balanceAfterCents: 1000,
      }),
      "none:waitingToRetry",
    ],
    [
      "retry after 1h without a new crossing",
      ar({
        failureState: { consecutiveFailures: 1, lastFailureAt: hoursBefore(1) },
        event: "tick",
        balanceBeforeCents: 1000,
        balanceAfterCents: 1000,
      }),
      "recharged",
    ],
    [
      "retry waits 6h after the second failure",
      ar({ failureState: { consecutiveFailures: 2, lastFailureAt: hoursBefore(5) } }),
      "none:waitingToRetry",
    ],
    [
      "after 3 failures auto-recharge is off",
      ar({ failureState: { consecutiveFailures: 3, lastFailureAt: hoursBefore(100) } }),
      "none:autoDisabled",
    ],
  ] as const)("%s", (_label, input, expected) => {
    const d = decideAutoRecharge(input);
    const got = d.kind === "none" ? `none:${d.why}` : d.kind === "failed" ? `failed:${d.reason}` : d.kind;
    expect(got).toBe(expected);
  });

  it("a success adds the recharge amount, resets failures and sends the success e-mail", () => {
    const d = decideAutoRecharge(ar({ failureState: { consecutiveFailures: 2, lastFailureAt: hoursBefore(6) } }));
    expect(d).toEqual({
      kind: "recharged",
      amountCents: 5000,
      balanceAfterRechargeCents: 6999,
      failureState: { consecutiveFailures: 0, lastFailureAt: null },
      notifications: ["autoRechargeSucceeded"],
    });
  });

  it("failures back off 1h then 6h, and the third turns auto-recharge off", () => {
    const first = decideAutoRecharge(ar({ paymentMethod: "decline" }));
    expect(first).toMatchObject({
      kind: "failed",
      notify: true,
      autoDisabled: false,
      failureState: { consecutiveFailures: 1, lastFailureAt: NOW },
      retryAt: "2018-03-07T13:00:00.000Z",
    });
    const second = decideAutoRecharge(
      ar({ paymentMethod: "decline", failureState: { consecutiveFailures: 1, lastFailureAt: hoursBefore(1) } }),
    );
    expect(second).toMatchObject({ kind: "failed", autoDisabled: false, retryAt: "2018-03-07T18:00:00.000Z" });
    const third = decideAutoRecharge(
      ar({ paymentMethod: "expired", failureState: { consecutiveFailures: 2, lastFailureAt: hoursBefore(6) } }),
    );
    expect(third).toMatchObject({ kind: "failed", reason: "cardExpired", autoDisabled: true, retryAt: null });
    expect(third.notifications).toEqual(["autoRechargeFailed", "autoRechargeDisabled"]);
  });

  it("with a higher failure limit the 24h step is used and then repeats", () => {
    const policy = { backoffMs: [HOUR_MS, 6 * HOUR_MS, 24 * HOUR_MS], maxConsecutiveFailures: 5 };
    const third = decideAutoRecharge(
      ar({ paymentMethod: "decline", policy, failureState: { consecutiveFailures: 2, lastFailureAt: hoursBefore(6) } }),
    );
    expect(third).toMatchObject({ kind: "failed", autoDisabled: false, retryAt: "2018-03-08T12:00:00.000Z" });
    const waiting = decideAutoRecharge(ar({ policy, failureState: { consecutiveFailures: 4, lastFailureAt: hoursBefore(23) } }));
    // after the 4th failure the last step (24h) repeats: 23h ago + 24h = one hour from now
    expect(waiting).toMatchObject({ kind: "none", why: "waitingToRetry", retryAt: "2018-03-07T13:00:00.000Z" });
  });

  it("the balance reaching zero sends its own e-mail (SC:65)", () => {
    const d = decideAutoRecharge(ar({ settings: { ...settings, enabled: false }, balanceBeforeCents: 100, balanceAfterCents: -20 }));
    expect(d.notifications).toEqual(["balanceDepleted"]);
  });

  it("property A-4: across any run of charges with a working card, each recharge happens on a crossing and the balance never ends a charge below the trigger by more than that charge", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 30 }), (charges) => {
        let balance = 10_000;
        for (const charge of charges) {
          const before = balance;
          const after = before - charge;
          const d = decideAutoRecharge(ar({ balanceBeforeCents: before, balanceAfterCents: after }));
          if (d.kind === "recharged") {
            expect(before >= settings.thresholdCents && after < settings.thresholdCents).toBe(true);
            balance = d.balanceAfterRechargeCents;
          } else balance = after;
        }
      }),
    );
  });
});

// ---------------------------------------------------------------- lots and expiry

const lot = (id: string, addedAt: string, amountCents: number, remainingCents = amountCents): CreditLot => ({
  id,
  addedAt,
  amountCents,
  remainingCents,
});
const lots = [lot("c", "2018-03-01T00:00:00Z", 2000), lot("a", "2018-01-01T00:00:00Z", 1000), lot("b", "2018-02-01T00:00:00Z", 500)];

describe("allocateSpend (FIFO, AF:58)", () => {
  it("spends the oldest funds first, whatever the input order", () => {
    const r = allocateSpend(lots, 1200);
    expect(r.allocations).toEqual([
      { lotId: "a", cents: 1000 },
      { lotId: "b", cents: 200 },
    ]);
    expect(r.lots.map((l) => [l.id, l.remainingCents])).toEqual([
      ["c", 2000],
      ["a", 0],
      ["b", 300],
    ]);
    expect(r.uncoveredCents).toBe(0);
  });

  it("a charge bigger than every lot leaves an uncovered part (the balance goes negative)", () => {
    const r = allocateSpend(lots, 4000);
    expect(r.uncoveredCents).toBe(500);
    expect(r.lots.every((l) => l.remainingCents === 0)).toBe(true);
  });

  it("with `now`, expired lots are skipped", () => {
    const r = allocateSpend(lots, 100, "2019-01-15T00:00:00Z");
    expect(r.allocations).toEqual([{ lotId: "b", cents: 100 }]);
  });

  it("property: cents are conserved and no lot goes negative", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 5000 })), { maxLength: 10 }),
        fc.integer({ min: 0, max: 30_000 }),
        (specs, charge) => {
          const input = specs.map(([day, cents], i) =>
            lot(`l${i}`, new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString(), cents),
          );
          const r = allocateSpend(input, charge);
          const allocated = r.allocations.reduce((s, a) => s + a.cents, 0);
          expect(allocated + r.uncoveredCents).toBe(charge);
          const before = input.reduce((s, l) => s + l.remainingCents, 0);
          const after = r.lots.reduce((s, l) => s + l.remainingCents, 0);
          expect(before - after).toBe(allocated);
          expect(r.lots.every((l) => l.remainingCents >= 0 && Number.isInteger(l.remainingCents))).toBe(true);
          // FIFO: a younger lot is only touched once every older lot is empty
          const touched = new Set(r.allocations.map((a) => a.lotId));
          for (const l of r.lots) {
            if (!touched.has(l.id)) continue;
            const older = r.lots.filter((o) => Date.parse(String(o.addedAt)) < Date.parse(String(l.addedAt)));
            expect(older.every((o) => o.remainingCents === 0)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("decideExpiry (funds expire 12 months after the purchase, AF:58)", () => {
  it("expires exactly at addedAt + 12 months, forfeiting only what is left, oldest first", () => {
    const partly = [
      lot("a", "2018-01-01T00:00:00Z", 1000, 250),
      lot("b", "2018-02-01T00:00:00Z", 500),
      lot("spent", "2017-06-01T00:00:00Z", 900, 0),
    ];
    const d = decideExpiry(partly, "2019-01-01T00:00:00Z");
    expect(d.expired).toEqual([{ lotId: "a", cents: 250, expiresAt: "2019-01-01T00:00:00.000Z" }]);
    expect(d.totalExpiredCents).toBe(250);
    expect(d.lots.map((l) => l.remainingCents)).toEqual([0, 500, 0]);
    expect(decideExpiry(partly, "2018-12-31T23:59:59.999Z").expired).toEqual([]);
    // idempotent
    expect(decideExpiry(d.lots, "2019-01-01T00:00:00Z").expired).toEqual([]);
  });

  it("expiry order follows purchase order across a long gap", () => {
    const d = decideExpiry(lots, "2020-01-01T00:00:00Z");
    expect(d.expired.map((e) => e.lotId)).toEqual(["a", "b", "c"]);
    expect(d.totalExpiredCents).toBe(3500);
  });

  it("a Feb 29 purchase expires on Feb 28 of the next year", () => {
    expect(calculateLotExpiresAt({ addedAt: "2020-02-29T10:00:00Z" })).toBe("2021-02-28T10:00:00.000Z");
  });
});

describe("decideSettingsSave (A-4: only turning auto-recharge on or moving its trigger is a new crossing)", () => {
  const on = (thresholdCents: number, amountCents = 2000) => ({ enabled: true, thresholdCents, amountCents });
  const off = { enabled: false, thresholdCents: 1000, amountCents: 2000 };
  const noFailures = { consecutiveFailures: 0, lastFailureAt: null };
  const pending = { consecutiveFailures: 2, lastFailureAt: "2018-03-07T10:00:00.000Z" };

  it.each([
    ["the same settings saved again", on(10_000), on(10_000), "tick"],
    ["only the recharge amount changed", on(10_000), on(10_000, 5000), "tick"],
    ["turned on", { ...on(10_000), enabled: false }, on(10_000), "settingsChanged"],
    ["trigger raised", on(5000), on(10_000), "settingsChanged"],
    ["trigger lowered", on(10_000), on(5000), "settingsChanged"],
    ["turned off", on(10_000), off, "tick"],
  ] as const)("%s", (_label, previous, next, event) => {
    expect(decideSettingsSave(previous, noFailures, next).event).toBe(event);
  });

  it("re-saving unchanged settings with the balance below the trigger recharges nothing", () => {
    const save = decideSettingsSave(on(10_000), noFailures, on(10_000));
    const d = decideAutoRecharge({
      balanceBeforeCents: 4000,
      balanceAfterCents: 4000,
      settings: on(10_000),
      paymentMethod: "succeed",
      failureState: save.failureState,
      now: "2018-03-07T10:00:00Z",
      event: save.event,
    });
    expect(d).toMatchObject({ kind: "none", why: "alreadyBelowTrigger" });
  });

  it("a card change only keeps a pending retry (back-off wait cleared); a new crossing starts afresh", () => {
    const save = decideSettingsSave(on(1500), pending, on(1500));
    expect(save).toEqual({ event: "tick", failureState: { consecutiveFailures: 2, lastFailureAt: null } });
    const d = decideAutoRecharge({
      balanceBeforeCents: 1400,
      balanceAfterCents: 1400,
      settings: on(1500),
      paymentMethod: "succeed",
      failureState: save.failureState,
      now: "2018-03-07T10:00:00Z",
      event: save.event,
    });
    expect(d.kind).toBe("recharged");
    expect(decideSettingsSave(on(1500), pending, on(2000))).toEqual({ event: "settingsChanged", failureState: noFailures });
  });
});
