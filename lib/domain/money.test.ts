import { describe, expect, it } from "vitest";
import { formatUsd, formatUsdAmount, formatUsdDisplay, parseUsd } from "./money";

describe("parseUsd: decimal strings to integer cents, no floats", () => {
  it.each([
    ["50.00", 5000],
    ["50", 5000],
    ["0.5", 50],
    ["0.29", 29],
    ["20.1", 2010],
    ["0", 0],
    ["0.00", 0],
    ["1234567.89", 123456789],
  ])("%s -> %i cents", (input, cents) => {
    expect(parseUsd(input)).toBe(cents);
  });

  it.each(["", "1.234", "-5", "+5", "5.", ".5", "1e3", " 5", "5 ", "abc", "1,00", "NaN", "Infinity", "99999999999999999999"])(
    "rejects %j",
    (input) => {
      expect(parseUsd(input)).toBeNull();
    },
  );

  it("accepts negatives only when allowed", () => {
    expect(parseUsd("-3.25")).toBeNull();
    expect(parseUsd("-3.25", { allowNegative: true })).toBe(-325);
    expect(parseUsd("-0.00", { allowNegative: true })).toBe(0);
  });
});

describe("formatUsd / formatUsdDisplay", () => {
  it.each([
    [5000, "50.00", "$50.00"],
    [-325, "-3.25", "-$3.25"],
    [0, "0.00", "$0.00"],
    [7, "0.07", "$0.07"],
    [123456789, "1234567.89", "$1,234,567.89"],
    [-100000, "-1000.00", "-$1,000.00"],
    [99999, "999.99", "$999.99"],
  ])("%i cents -> %s / %s", (cents, api, display) => {
    expect(formatUsd(cents)).toBe(api);
    expect(formatUsdDisplay(cents)).toBe(display);
  });

  it("round-trips", () => {
    for (const cents of [0, 1, 99, 100, 2000, 5001, 987654]) expect(parseUsd(formatUsd(cents))).toBe(cents);
  });

  it("formats API amounts the same way", () => {
    expect(formatUsdAmount("50")).toBe("$50.00");
    expect(formatUsdAmount("12345.6")).toBe("$12,345.60");
    expect(formatUsdAmount("-0.20")).toBe("-$0.20");
    expect(formatUsdAmount("n/a")).toBe("n/a");
  });

  it("refuses fractional cents", () => {
    expect(() => formatUsd(1.5)).toThrow(RangeError);
  });
});
