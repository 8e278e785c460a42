/**
 * Invariants of the purchase engine over random tenants (fast-check).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planIncludes } from "./catalog";
import { COUNTRY_CODES } from "./countries";
import { decideOffers, decidePurchase } from "./offers";
import { RULES } from "./reasons";
import { ownsPhoneSystem } from "./tenant";
import {
  ADDON_SKUS,
  ALL_SKUS,
  CHANNELS,
  CLOUDS,
  COMMITMENTS,
  ORG_TYPES,
  PLAN_SKUS,
  type SkuPartNumber,
  type TenantSnapshot,
} from "./types";

const subscriptionArb = fc.record({
  sku: fc.constantFrom<SkuPartNumber>(...ALL_SKUS),
  quantity: fc.integer({ min: 0, max: 30 }),
  commercial: fc.boolean(),
  status: fc.constantFrom("active" as const, "suspended" as const),
});

const tenantArb: fc.Arbitrary<TenantSnapshot> = fc
  .record({
    country: fc.constantFrom(...COUNTRY_CODES, "ZZ"),
    orgType: fc.constantFrom(...ORG_TYPES),
    cloud: fc.constantFrom(...CLOUDS),
    channel: fc.constantFrom(...CHANNELS),
    commitment: fc.constantFrom(...COMMITMENTS),
    plan: fc.option(fc.constantFrom(...PLAN_SKUS), { nil: null }),
    subscriptions: fc.array(subscriptionArb, { maxLength: 6 }),
    creditsEnabled: fc.boolean(),
    policy: fc.record({
      monthlyCommitmentBlocksAddOns: fc.boolean(),
      sfbPlan2PhoneSystem: fc.constantFrom("allow" as const, "switch" as const),
      canadaCallingPlansPreview: fc.boolean(),
      minimumFundingCents: fc.constantFrom(2000, 5000),
    }),
  })
  .map((t) => ({
    ...t,
    subscriptions: t.subscriptions.map((sub, i) => ({ ...sub, id: `sub-${i}` })),
    assignedCounts: {},
  }));

const RUNS = { numRuns: 300 };

describe("offer invariants (property-based)", () => {
  it("an included sku is never 'available' (and included iff the plan includes it)", () => {
    fc.assert(
      fc.property(tenantArb, (s) => {
        for (const offer of decideOffers(s)) {
          const included = planIncludes(s.plan, offer.sku);
          expect(offer.status === "included").toBe(included);
          if (included) expect(offer.status).not.toBe("available");
        }
      }),
      RUNS,
    );
  });

  it("R-CP-1: a Calling Plan is never available without Phone System owned or included", () => {
    fc.assert(
      fc.property(tenantArb, (s) => {
        for (const offer of decideOffers(s)) {
          if ((offer.sku === "MCOPSTN1" || offer.sku === "MCOPSTN2") && offer.status === "available") {
            expect(ownsPhoneSystem(s)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("R-ADM-1, R-GD-1, R-MC-1: a tenant-level block blocks every add-on and is cited on each", () => {
    fc.assert(
      fc.property(tenantArb, (s) => {
        const block =
          s.plan === null
            ? "NO_BASE_PLAN"
            : s.channel === "godaddy" && s.plan === "O365_BUSINESS_PREMIUM"
              ? "RESELLER_GODADDY"
              : s.commitment === "monthly" && s.policy.monthlyCommitmentBlocksAddOns
                ? "MONTHLY_COMMITMENT"
                : null;
        fc.pre(block !== null);
        for (const offer of decideOffers(s).filter((o) => (ADDON_SKUS as readonly string[]).includes(o.sku))) {
          expect(offer.status).not.toBe("available");
          expect(offer.reasons.map((r) => r.code)).toContain(block);
        }
      }),
      RUNS,
    );
  });

  it("a refused offer names at least one code, each reason cites a known rule with a doc and a message", () => {
    fc.assert(
      fc.property(tenantArb, (s) => {
        for (const offer of decideOffers(s)) {
          if (offer.status !== "available") expect(offer.reasons.length).toBeGreaterThan(0);
          else expect(offer.reasons).toEqual([]);
          for (const reason of offer.reasons) {
            expect(RULES[reason.ruleId], reason.ruleId).toBeDefined();
            expect(reason.doc.length).toBeGreaterThan(0);
            expect(reason.message.length).toBeGreaterThan(20);
            expect(reason.message).not.toMatch(/undefined|\[object/);
          }
          for (const rec of offer.recommendations) expect(RULES[rec.ruleId], rec.ruleId).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it("decidePurchase agrees with decideOffers", () => {
    fc.assert(
      fc.property(tenantArb, fc.integer({ min: 1, max: 50 }), (s, quantity) => {
        for (const offer of decideOffers(s)) {
          const result = decidePurchase(s, { sku: offer.sku, quantity });
          expect(result.ok).toBe(offer.status === "available");
          if (!result.ok) expect(result.error).toEqual(offer.reasons[0]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("unlocks never lists the sku that was just bought", () => {
    fc.assert(
      fc.property(tenantArb, fc.constantFrom(...ADDON_SKUS), (s, sku) => {
        const result = decidePurchase(s, { sku, quantity: 1 });
        fc.pre(result.ok);
        if (result.ok) for (const unlocked of result.value.unlocks) expect(unlocked).not.toBe(sku);
      }),
      { numRuns: 150 },
    );
  });
});
