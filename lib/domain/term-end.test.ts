import { describe, expect, it } from "vitest";
import { calculateTermEnd } from "./clock";

describe("a subscription term's end (renewal date): calendar months, never overflowing into the next month", () => {
  it.each([
    { from: "2018-01-31T10:00:00.000Z", term: "monthly" as const, end: "2018-02-28T10:00:00.000Z" },
    { from: "2018-03-07T10:00:00.000Z", term: "monthly" as const, end: "2018-04-07T10:00:00.000Z" },
    { from: "2018-12-31T00:00:00.000Z", term: "monthly" as const, end: "2019-01-31T00:00:00.000Z" },
    { from: "2020-02-29T00:00:00.000Z", term: "annual" as const, end: "2021-02-28T00:00:00.000Z" },
    { from: "2018-03-07T10:00:00.000Z", term: "annual" as const, end: "2019-03-07T10:00:00.000Z" },
  ])("$term from $from ends $end", ({ from, term, end }) => {
    expect(calculateTermEnd(from, term)).toBe(end);
  });
});
