import { describe, expect, it } from "vitest";
import { calculateServiceNumberCap, calculateUserNumberCap, countServiceNumberLicenses } from "./numbers";

describe("R-NUM-USER / A-21: user numbers = floor(licenses x 1.1) + 10", () => {
  it.each([
    [50, 65], // HMN:41 example
    [100, 120], // SCP:57 example
    [0, 10],
    [1, 11],
    [9, 19], // 9.9 rounds down
    [15, 26], // 16.5 rounds down
    [1001, 1111],
  ])("%i Calling Plan licenses -> %i numbers", (licenses, cap) => {
    expect(calculateUserNumberCap(licenses)).toBe(cap);
  });

  it("rejects counts that are not whole and non-negative", () => {
    expect(() => calculateUserNumberCap(-1)).toThrow(RangeError);
    expect(() => calculateUserNumberCap(2.5)).toThrow(RangeError);
  });
});

describe("R-NUM-SVC: service numbers by tier of Phone System + AC licenses", () => {
  it.each([
    [0, 0],
    [1, 5],
    [25, 5],
    [26, 10],
    [49, 10],
    [50, 20],
    [51, 20], // HMN example: 51 -> 20 toll numbers
    [99, 20],
    [100, 30],
    [150, 40],
    [200, 65],
    [499, 65],
    [500, 90],
    [750, 110],
    [999, 110],
    [1000, 125],
    [1001, 125], // HMN example: 1001 -> 125 toll-free numbers
    [1250, 135],
    [1500, 160],
    [2000, 210],
    [3000, 420],
    [6999, 420],
    [7000, 500],
    [10000, 600],
    [15000, 700],
    [20000, 1000],
    [49999, 1000],
    [50000, 1500],
    [1_000_000, 1500],
  ])("%i licenses -> %i service numbers", (licenses, cap) => {
    expect(calculateServiceNumberCap(licenses)).toBe(cap);
  });

  it("A-20: an E5 seat counts once; add-on seats add up", () => {
    expect(countServiceNumberLicenses({ e5: 40, phoneSystemAddOn: 6, audioConferencingAddOn: 5 })).toBe(51);
    expect(calculateServiceNumberCap(countServiceNumberLicenses({ e5: 40, phoneSystemAddOn: 6, audioConferencingAddOn: 5 }))).toBe(20);
  });
});
