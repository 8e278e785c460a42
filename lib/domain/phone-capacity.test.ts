import { describe, expect, it } from "vitest";
import { calculateServiceNumberCap, calculateUserNumberCap } from "./numbers";
import { calculatePhoneNumberCapacity } from "./phone-capacity";
import { tenant } from "./test-helpers";

describe("phone number capacity from the tenant's seats (R-NUM-USER, R-NUM-SVC, A-20)", () => {
  it("R-NUM-USER: user numbers follow both Calling Plan skus' active seats", () => {
    const cap = calculatePhoneNumberCapacity(tenant({ plan: "ENTERPRISEPREMIUM" }, { MCOPSTN1: 20, MCOPSTN2: 30 }));
    expect(cap.callingPlanLicenses).toBe(50);
    expect(cap.userNumbers).toBe(calculateUserNumberCap(50));
  });

  it("R-NUM-SVC / A-20: E5, Phone System and Audio Conferencing seats count once each; toll and toll-free share the cap", () => {
    const s = tenant({ plan: "ENTERPRISEPACK" }, { MCOEV: 40, MCOMEETADV: 60 });
    const cap = calculatePhoneNumberCapacity(s);
    const e5 = s.subscriptions.filter((x) => x.sku === "ENTERPRISEPREMIUM").reduce((n, x) => n + x.quantity, 0);
    expect(cap.serviceNumberLicenses).toBe(100 + e5);
    expect(cap.tollServiceNumbers).toBe(calculateServiceNumberCap(100 + e5));
    expect(cap.tollFreeServiceNumbers).toBe(cap.tollServiceNumbers);
  });

  it("a tenant without voice seats still gets the base user numbers and no service numbers", () => {
    const cap = calculatePhoneNumberCapacity(tenant({ plan: "STANDARDPACK" }));
    expect(cap).toMatchObject({
      callingPlanLicenses: 0,
      userNumbers: calculateUserNumberCap(0),
      serviceNumberLicenses: 0,
      tollServiceNumbers: 0,
    });
  });
});
