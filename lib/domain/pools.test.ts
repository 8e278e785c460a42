import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMonths, advanceClock, monthBoundariesBetween, monthKey, startOfUtcMonth, toEpochMs, toIso } from "./clock";
import {
  calculateMinutePools,
  calculatePoolMinutesLeft,
  findPerLicenseAllowance,
  findPoolKey,
  findUserCallingPlan,
  poolIdOf,
  recordPoolUsage,
  type MinutePoolUsage,
} from "./pools";
import type { SkuPartNumber, UserSnapshot } from "./types";

function user(id: string, usageLocation: string | null, licenses: SkuPartNumber[]): UserSnapshot {
  return { id, usageLocation, pstnConnectivity: "online", kind: "person", licenses };
}

const users: UserSnapshot[] = [
  user("us1", "US", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]),
  user("us2", "US", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]),
  user("pr1", "PR", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]),
  user("gb1", "GB", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN2"]),
  user("us-di", "US", ["ENTERPRISEPREMIUM", "MCOPSTN2"]),
  user("nowhere", null, ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]),
  user("au", "AU", ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]),
  user("plain", "US", ["ENTERPRISEPACK"]),
];

describe("calculateMinutePools (A-13, MPR)", () => {
  it("A-13: pool = assigned licenses in the pool country x allowance; US and PR share one pool (R-ASG-LOC)", () => {
    const pools = calculateMinutePools({ users });
    expect(pools.map((p) => [p.poolId, p.licenseCount, p.allowance])).toEqual([
      ["GB:MCOPSTN2", 1, { domesticMinutes: 1200, internationalMinutes: 600 }],
      ["US:MCOPSTN1", 3, { domesticMinutes: 9000, internationalMinutes: 0 }],
      ["US:MCOPSTN2", 1, { domesticMinutes: 3000, internationalMinutes: 600 }],
    ]);
    expect(pools.every((p) => !p.exhausted)).toBe(true);
  });

  it("A-13: used and left per pool; a pool at its cap is exhausted", () => {
    const usage: MinutePoolUsage = { "US:MCOPSTN1": { domesticMinutes: 8990, internationalMinutes: 0 } };
    const us = calculateMinutePools({ users }, usage).find((p) => p.poolId === "US:MCOPSTN1")!;
    expect(us.used.domesticMinutes).toBe(8990);
    expect(us.left).toEqual({ domesticMinutes: 10, internationalMinutes: 0 });
    const full = calculateMinutePools({ users }, { "US:MCOPSTN1": { domesticMinutes: 9000, internationalMinutes: 0 } });
    expect(full.find((p) => p.poolId === "US:MCOPSTN1")!.exhausted).toBe(true);
  });

  it("A-14 literal (default 'either'): a Domestic and International pool stops for all calls when either cap is reached", () => {
    const usage: MinutePoolUsage = { "GB:MCOPSTN2": { domesticMinutes: 100, internationalMinutes: 600 } };
    const gb = calculateMinutePools({ users }, usage).find((p) => p.poolId === "GB:MCOPSTN2")!;
    expect(gb.left).toEqual({ domesticMinutes: 0, internationalMinutes: 0 });
    expect(gb.exhausted).toBe(true);
  });

  it("A-14 alternative ('perCategory'): only the exhausted category stops", () => {
    const usage: MinutePoolUsage = { "GB:MCOPSTN2": { domesticMinutes: 100, internationalMinutes: 600 } };
    const gb = calculateMinutePools({ users }, usage, { diExhaustion: "perCategory" }).find((p) => p.poolId === "GB:MCOPSTN2")!;
    expect(gb.left).toEqual({ domesticMinutes: 1100, internationalMinutes: 0 });
    expect(gb.exhausted).toBe(false);
  });

  it("A-13: a Domestic pool never covers international minutes, but its domestic minutes are not stopped by that", () => {
    const pool = {
      planType: "domestic" as const,
      allowance: { domesticMinutes: 3000, internationalMinutes: 0 },
      used: { domesticMinutes: 0, internationalMinutes: 0 },
    };
    expect(calculatePoolMinutesLeft(pool, "international")).toBe(0);
    expect(calculatePoolMinutesLeft(pool, "domestic")).toBe(3000);
  });

  it("A-13: usage kept for a pool whose licenses were removed still shows, with no allowance", () => {
    const pools = calculateMinutePools({ users: [] }, { "FR:MCOPSTN1": { domesticMinutes: 5, internationalMinutes: 0 } });
    expect(pools).toEqual([
      {
        poolId: "FR:MCOPSTN1",
        poolKey: "FR",
        planSku: "MCOPSTN1",
        planType: "domestic",
        licenseCount: 0,
        allowance: { domesticMinutes: 0, internationalMinutes: 0 },
        used: { domesticMinutes: 5, internationalMinutes: 0 },
        left: { domesticMinutes: 0, internationalMinutes: 0 },
        exhausted: true,
      },
    ]);
  });

  it("helpers: pool keys, per-license allowance (§3.8), the user's plan, immutable usage records", () => {
    expect(findPoolKey("PR")).toBe("US");
    expect(findPoolKey("us")).toBe("US");
    expect(findPoolKey("AU")).toBeNull();
    expect(findPoolKey(null)).toBeNull();
    expect(findPerLicenseAllowance("CA", "MCOPSTN1")).toEqual({ domesticMinutes: 3000, internationalMinutes: 0 });
    expect(findPerLicenseAllowance("DE", "MCOPSTN2")).toEqual({ domesticMinutes: 1200, internationalMinutes: 600 });
    expect(findPerLicenseAllowance("IN", "MCOPSTN2")).toEqual({ domesticMinutes: 0, internationalMinutes: 0 });
    expect(findUserCallingPlan(["ENTERPRISEPACK", "MCOPSTN2"])).toBe("MCOPSTN2");
    expect(findUserCallingPlan(["ENTERPRISEPACK"])).toBeNull();
    const before: MinutePoolUsage = {};
    const after = recordPoolUsage(before, poolIdOf("US", "MCOPSTN1"), "domestic", 7);
    expect(before).toEqual({});
    expect(recordPoolUsage(after, "US:MCOPSTN1", "international", 2)).toEqual({
      "US:MCOPSTN1": { domesticMinutes: 7, internationalMinutes: 2 },
    });
    expect(() => recordPoolUsage(after, "US:MCOPSTN1", "domestic", 1.5)).toThrow(RangeError);
  });

  it("property: left never exceeds allowance - used, and is never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom("either" as const, "perCategory" as const),
        (dom, intl, mode) => {
          const usage = { "GB:MCOPSTN2": { domesticMinutes: dom, internationalMinutes: intl } };
          const gb = calculateMinutePools({ users }, usage, { diExhaustion: mode }).find((p) => p.poolId === "GB:MCOPSTN2")!;
          expect(gb.left.domesticMinutes).toBeGreaterThanOrEqual(0);
          expect(gb.left.internationalMinutes).toBeGreaterThanOrEqual(0);
          expect(gb.left.domesticMinutes).toBeLessThanOrEqual(Math.max(0, 1200 - dom));
          expect(gb.left.internationalMinutes).toBeLessThanOrEqual(Math.max(0, 600 - intl));
        },
      ),
    );
  });
});

describe("clock (UTC calendar months, A-13 monthly reset)", () => {
  it.each([
    [
      "two boundaries, the last exactly at `to`",
      "2018-03-07T10:00:00Z",
      "2018-05-01T00:00:00Z",
      ["2018-04-01T00:00:00.000Z", "2018-05-01T00:00:00.000Z"],
    ],
    ["a boundary exactly at `from` is not crossed again", "2018-04-01T00:00:00Z", "2018-04-30T23:59:59Z", []],
    ["the year wraps", "2018-12-31T23:00:00Z", "2019-01-01T00:00:01Z", ["2019-01-01T00:00:00.000Z"]],
    ["no time passes", "2018-03-07T00:00:00Z", "2018-03-07T00:00:00Z", []],
    ["backwards", "2018-05-07T00:00:00Z", "2018-03-07T00:00:00Z", []],
    ["offsets are read as UTC (21:30-02:00 is 23:30Z)", "2018-03-31T21:30:00-02:00", "2018-04-01T02:00:00Z", ["2018-04-01T00:00:00.000Z"]],
    ["offsets are read as UTC (23:30-02:00 is already April)", "2018-03-31T23:30:00-02:00", "2018-04-01T02:00:00Z", []],
  ])("monthBoundariesBetween: %s", (_label, from, to, expected) => {
    expect(monthBoundariesBetween(from, to)).toEqual(expected);
  });

  it("steps in any split cross each boundary exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }), (steps) => {
        const start = "2018-01-15T06:00:00.000Z";
        let now = start;
        const seen: string[] = [];
        for (const days of steps) {
          const next = advanceClock(now, days);
          seen.push(...monthBoundariesBetween(now, next));
          now = next;
        }
        expect(seen).toEqual(monthBoundariesBetween(start, now));
      }),
    );
  });

  it.each([
    ["2018-01-31T12:00:00Z", 1, "2018-02-28T12:00:00.000Z"],
    ["2020-01-31T00:00:00Z", 1, "2020-02-29T00:00:00.000Z"],
    ["2020-02-29T08:00:00Z", 12, "2021-02-28T08:00:00.000Z"],
    ["2018-03-07T00:00:00Z", 12, "2019-03-07T00:00:00.000Z"],
    ["2018-03-31T00:00:00Z", -1, "2018-02-28T00:00:00.000Z"],
    ["2018-11-15T00:00:00Z", 3, "2019-02-15T00:00:00.000Z"],
  ] as const)("addMonths(%s, %d) = %s (clamped to the month's last day)", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it("advanceClock, monthKey, startOfUtcMonth, epoch input", () => {
    expect(advanceClock("2018-03-31T12:00:00Z", 1)).toBe("2018-04-01T12:00:00.000Z");
    expect(advanceClock(toEpochMs("2018-03-01T00:00:00Z"), 0)).toBe("2018-03-01T00:00:00.000Z");
    expect(() => advanceClock("2018-03-01T00:00:00Z", -1)).toThrow(RangeError);
    expect(() => advanceClock("2018-03-01T00:00:00Z", 0.5)).toThrow(RangeError);
    expect(() => toEpochMs("not a date")).toThrow(RangeError);
    expect(monthKey("2018-03-31T23:59:59.999Z")).toBe("2018-03");
    expect(startOfUtcMonth(Date.UTC(2018, 2, 17, 5))).toBe("2018-03-01T00:00:00.000Z");
    expect(toIso(0)).toBe("1970-01-01T00:00:00.000Z");
  });
});
