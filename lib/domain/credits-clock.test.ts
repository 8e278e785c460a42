import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decideCall } from "./credits";
import { decideAutoRecharge } from "./auto-recharge";
import { allocateSpend, type CreditLot } from "./credit-lots";
import { calculateNewLotRemaining, decideRenewals, findExpiringLots, findLedgerInconsistency } from "./credits-clock";
import { makeSnapshot } from "./fixtures";
import type { UserSnapshot } from "./types";

describe("decideRenewals (subscriptions renew as the sandbox clock passes their date)", () => {
  it.each([
    [
      "monthly, two renewals in the window",
      [{ id: "m", term: "monthly", renewsAt: "2018-04-07T00:00:00Z" }],
      "2018-05-20T00:00:00Z",
      ["m@2018-04-07->2018-05-07", "m@2018-05-07->2018-06-07"],
    ],
    ["annual, not yet due", [{ id: "a", term: "annual", renewsAt: "2019-03-07T00:00:00Z" }], "2019-03-06T23:59:59Z", []],
    [
      "annual, due exactly at `to`",
      [{ id: "a", term: "annual", renewsAt: "2019-03-07T00:00:00Z" }],
      "2019-03-07T00:00:00Z",
      ["a@2019-03-07->2020-03-07"],
    ],
    [
      "month-end anchor does not drift (Jan 31 -> Feb 28 -> Mar 31)",
      [{ id: "m", term: "monthly", renewsAt: "2018-01-31T00:00:00Z" }],
      "2018-03-31T00:00:00Z",
      ["m@2018-01-31->2018-02-28", "m@2018-02-28->2018-03-31", "m@2018-03-31->2018-04-30"],
    ],
    [
      "several subscriptions, oldest renewal first",
      [
        { id: "b", term: "annual", renewsAt: "2018-06-01T00:00:00Z" },
        { id: "a", term: "monthly", renewsAt: "2018-05-15T00:00:00Z" },
      ],
      "2018-06-10T00:00:00Z",
      ["a@2018-05-15->2018-06-15", "b@2018-06-01->2019-06-01"],
    ],
  ] as const)("%s", (_label, subs, to, expected) => {
    const got = decideRenewals(subs, to).map((r) => `${r.subscriptionId}@${r.renewedAt.slice(0, 10)}->${r.nextRenewsAt.slice(0, 10)}`);
    expect(got).toEqual(expected);
  });
});

const lot = (id: string, addedAt: string, amountCents: number, remainingCents = amountCents): CreditLot => ({
  id,
  addedAt,
  amountCents,
  remainingCents,
});

describe("findExpiringLots (AF:58, oldest first)", () => {
  it("lists lots with funds left whose 12 months are up, in expiry order; spent lots expire silently", () => {
    const lots = [
      lot("late", "2018-06-01T00:00:00Z", 500),
      lot("early", "2018-03-07T00:00:00Z", 2000),
      lot("spent", "2018-01-01T00:00:00Z", 1000, 0),
      lot("fresh", "2018-09-01T00:00:00Z", 700),
    ];
    expect(findExpiringLots(lots, "2019-06-01T00:00:00Z")).toEqual([
      { lotId: "early", expiresAt: "2019-03-07T00:00:00.000Z" },
      { lotId: "late", expiresAt: "2019-06-01T00:00:00.000Z" },
    ]);
    expect(findExpiringLots(lots, "2019-03-06T23:59:59Z")).toEqual([]);
  });
});

describe("calculateNewLotRemaining (funds first pay back a balance below zero, §3.5)", () => {
  it.each([
    ["positive balance: the whole amount is spendable", 2000, 5000, 2000],
    ["balance was -$3.00: $20.00 leaves $17.00 in the lot", 2000, 1700, 1700],
    ["still below zero after the funding: nothing spendable", 2000, -100, 0],
  ])("%s", (_label, amount, after, expected) => {
    expect(calculateNewLotRemaining(amount, after)).toBe(expected);
  });
});

describe("the charge decision with the money rules together (A-4, A-5, §3.5)", () => {
  const organizer: UserSnapshot = {
    id: "o",
    usageLocation: "US",
    pstnConnectivity: "online",
    kind: "person",
    licenses: ["ENTERPRISEPACK", "MCOMEETADV"],
  };
  const tenant = makeSnapshot({ creditsEnabled: true });
  const base = { user: organizer, tenant, users: [organizer], poolUsage: {} };

  it.each([
    ["a positive balance pays a call in full even when it ends below zero", 100, 200, -500],
    ["one cent left still starts the call", 1, 10, -29],
  ])("%s", (_label, balanceCents, minutes, after) => {
    const d = decideCall({ ...base, call: { type: "tollFreeDialIn", minutes }, balanceCents });
    expect(d.ok && d.value.balanceAfterCents).toBe(after);
  });

  it.each([0, -1, -5000])("A-5: a credit-funded call at a balance of %i cents is refused with INSUFFICIENT_FUNDS", (balanceCents) => {
    const d = decideCall({ ...base, call: { type: "tollFreeDialIn", minutes: 1 }, balanceCents });
    expect(d.ok ? "ok" : d.error.code).toBe("INSUFFICIENT_FUNDS");
  });

  it("A-4 the trigger is strictly below: $10.00 with a $10.00 trigger does not recharge, $9.99 does", () => {
    const settings = { enabled: true, thresholdCents: 1000, amountCents: 2000 };
    const common = {
      settings,
      paymentMethod: "succeed" as const,
      failureState: { consecutiveFailures: 0, lastFailureAt: null },
      now: "2018-03-07T00:00:00Z",
      balanceBeforeCents: 1300,
    };
    expect(decideAutoRecharge({ ...common, balanceAfterCents: 1000 }).kind).toBe("none");
    expect(decideAutoRecharge({ ...common, balanceAfterCents: 999 }).kind).toBe("recharged");
  });

  it("property: spending then recharging keeps sum(lots) = max(0, balance) and the ledger consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: -5000, max: -2000 })), { maxLength: 40 }),
        (ops) => {
          let lots: CreditLot[] = [lot("l0", "2018-03-07T00:00:00Z", 2000)];
          let balance = 2000;
          const lines = [{ amountCents: 2000, balanceAfterCents: 2000 }];
          ops.forEach((op, i) => {
            if (op > 0) {
              if (balance <= 0) return; // refused, nothing recorded
              lots = allocateSpend(lots, op).lots;
              balance -= op;
              lines.push({ amountCents: -op, balanceAfterCents: balance });
            } else {
              balance += -op;
              lots = [...lots, lot(`l${i + 1}`, "2018-03-08T00:00:00Z", -op, calculateNewLotRemaining(-op, balance))];
              lines.push({ amountCents: -op, balanceAfterCents: balance });
            }
            expect(lots.reduce((s, l) => s + l.remainingCents, 0)).toBe(Math.max(0, balance));
          });
          expect(findLedgerInconsistency(lines, balance)).toBeNull();
        },
      ),
    );
  });

  it("findLedgerInconsistency names the first broken line", () => {
    expect(
      findLedgerInconsistency(
        [
          { amountCents: 500, balanceAfterCents: 500 },
          { amountCents: -100, balanceAfterCents: 300 },
        ],
        300,
      ),
    ).toMatch(/entry 2/);
    expect(findLedgerInconsistency([{ amountCents: 500, balanceAfterCents: 500 }], 400)).toMatch(/cached balance/);
  });
});

describe("decideRenewals anchors on the term start, so the dates don't depend on how the clock moved", () => {
  /** Advances from `start` in the given day steps, storing the last nextRenewsAt as the service does. */
  function renewInSteps(
    sub: { id: string; term: "monthly" | "annual"; renewsAt: string; termStartedAt: string },
    start: string,
    steps: number[],
  ): string[] {
    let renewsAt = sub.renewsAt;
    let now = Date.parse(start);
    const dates: string[] = [];
    for (const days of steps) {
      now += days * 86_400_000;
      const renewals = decideRenewals([{ ...sub, renewsAt }], new Date(now).toISOString());
      for (const r of renewals) dates.push(r.renewedAt.slice(0, 10));
      if (renewals.length > 0) renewsAt = renewals[renewals.length - 1].nextRenewsAt;
    }
    return dates;
  }

  it.each([
    ["one 95-day advance", [95]],
    ["ninety-five 1-day advances", Array.from({ length: 95 }, () => 1)],
    ["a 59-day then a 36-day advance", [59, 36]],
  ])("tenant created 2017-12-31, monthly: %s renews on 01-31, 02-28, 03-31", (_label, steps) => {
    const sub = { id: "m", term: "monthly" as const, renewsAt: "2018-01-31T00:00:00.000Z", termStartedAt: "2017-12-31T00:00:00.000Z" };
    expect(renewInSteps(sub, "2017-12-31T00:00:00.000Z", steps)).toEqual(["2018-01-31", "2018-02-28", "2018-03-31"]);
  });

  it("a stored renewsAt that already drifted (Mar 28) still renews on the anchored date (Mar 31), once", () => {
    const got = decideRenewals(
      [{ id: "m", term: "monthly", renewsAt: "2018-03-28T00:00:00Z", termStartedAt: "2017-12-31T00:00:00Z" }],
      "2018-04-05T00:00:00Z",
    );
    expect(got).toEqual([{ subscriptionId: "m", renewedAt: "2018-03-31T00:00:00.000Z", nextRenewsAt: "2018-04-30T00:00:00.000Z" }]);
  });
});
