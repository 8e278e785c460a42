/**
 * Invariants of the purchase engine over random tenants (fast-check).
 */
import fc from "fast-check";
import { isRoomAddOnLicense } from "./rooms";
import { describe, expect, it } from "vitest";
import { planIncludes } from "./catalog";
import { COUNTRY_CODES } from "./countries";
import { decideOffers, decidePurchase } from "./offers";
import { RULES } from "./rule-index";
import { hasCommercialE3Seat, ownsPhoneSystem, withMergedSubscriptions } from "./tenant";
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
      callingPlanPurchaseCountry: fc.constantFrom("usageLocation" as const, "tenantCountry" as const),
      diPoolExhaustion: fc.constantFrom("either" as const, "perCategory" as const),
      creditsInBahrainBrazilBrunei: fc.boolean(),
      phoneSystemOn21Vianet: fc.boolean(),
    }),
  })
  .map((t) => ({
    ...t,
    subscriptions: t.subscriptions.map((sub, i) => ({ ...sub, id: `sub-${i}` })),
    assignedCounts: {},
  }));

const RUNS = { numRuns: 300 };

/** Tenants that bought the same sku many times: few skus, many subscriptions. */
const repeatBuyerArb: fc.Arbitrary<TenantSnapshot> = tenantArb.chain((t) =>
  fc
    .array(
      fc.record({
        sku: fc.constantFrom<SkuPartNumber>("ENTERPRISEPACK", "MCOEV", "MCOMEETADV", "MCOPSTN1", "MCOPSTN2", "MCOPSTNC", ...PLAN_SKUS),
        quantity: fc.integer({ min: 0, max: 5 }),
        commercial: fc.boolean(),
        status: fc.constantFrom("active" as const, "suspended" as const),
      }),
      { maxLength: 14 },
    )
    .map((subs) => ({ ...t, subscriptions: subs.map((sub, i) => ({ ...sub, id: `sub-${i}` })) })),
);

describe("offer invariants (property-based)", () => {
  it("an included sku is never 'available' (and included iff the plan includes it)", () => {
    fc.assert(
      fc.property(tenantArb, (s) => {
        for (const offer of decideOffers(s)) {
          // SBX-ROOM-SFB: Business Premium contains SfB Plan 2, yet the standalone Plan 2 is bought for rooms.
          const included = planIncludes(s.plan, offer.sku) && !isRoomAddOnLicense(s.plan, offer.sku);
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

describe("tenant-level blocks over random tenants (catalogue §9 step 1 order)", () => {
  const VIANET_BLOCKED: readonly SkuPartNumber[] = ["MCOMEETADV", "MCOPSTN1", "MCOPSTN2", "MCOPSTNC"];
  const PARTNER_SKUS: readonly SkuPartNumber[] = ["MCOEV", "MCOMEETADV"];
  const TENANT_BLOCK_CODES: readonly string[] = [
    "NO_BASE_PLAN",
    "CLOUD_21VIANET",
    "RESELLER_GODADDY",
    "MONTHLY_COMMITMENT",
    "PARTNER_E3_SEAT_REQUIRED",
  ];

  /** The first tenant block of §9 step 1 (R-ADM-1, R-21V-1, R-GD-1, R-MC-1, R-PART-1) that applies to `sku` on `s`. */
  function firstTenantBlock(s: TenantSnapshot, sku: SkuPartNumber): string | null {
    if (s.plan === null) return "NO_BASE_PLAN";
    if (s.cloud === "21vianet" && VIANET_BLOCKED.includes(sku)) return "CLOUD_21VIANET";
    // §6.2 policy flag phoneSystemOn21Vianet (off: Phone System joins the 21Vianet block).
    if (s.cloud === "21vianet" && sku === "MCOEV" && !s.policy.phoneSystemOn21Vianet) return "CLOUD_21VIANET";
    if (s.channel === "godaddy" && s.plan === "O365_BUSINESS_PREMIUM") return "RESELLER_GODADDY";
    if (s.commitment === "monthly" && s.policy.monthlyCommitmentBlocksAddOns) return "MONTHLY_COMMITMENT";
    if (s.channel === "partner" && PARTNER_SKUS.includes(sku) && !hasCommercialE3Seat(s)) return "PARTNER_E3_SEAT_REQUIRED";
    return null;
  }

  it("R-21V-1: 21Vianet blocks Audio Conferencing, Calling Plans and Communications Credits with CLOUD_21VIANET", () => {
    const vianetArb = tenantArb.map((t) => ({ ...t, cloud: "21vianet" as const }));
    fc.assert(
      fc.property(vianetArb, fc.integer({ min: 1, max: 20 }), (s, quantity) => {
        for (const sku of VIANET_BLOCKED) {
          const offer = decideOffers(s).find((o) => o.sku === sku)!;
          expect(offer.status).not.toBe("available");
          expect(offer.reasons.map((r) => r.code)).toContain("CLOUD_21VIANET");
          expect(offer.reasons.find((r) => r.code === "CLOUD_21VIANET")?.ruleId).toBe("R-21V-1");
          // Only R-ADM-1 comes before R-21V-1 (§9 step 1).
          expect(offer.reasons[0].code).toBe(s.plan === null ? "NO_BASE_PLAN" : "CLOUD_21VIANET");
          const purchase = decidePurchase(s, { sku, quantity });
          expect(purchase.ok).toBe(false);
          if (!purchase.ok) expect(purchase.error.code).toBe(offer.reasons[0].code);
        }
      }),
      RUNS,
    );
  });

  it("R-PART-1: a partner without a bought (commercial) E3 seat gets PARTNER_E3_SEAT_REQUIRED for Phone System and Audio Conferencing", () => {
    // Partner tenants whose E3 seats, if any, all come from the Action Pack (commercial=false).
    const partnerArb = tenantArb.map((t) => ({
      ...t,
      channel: "partner" as const,
      subscriptions: t.subscriptions.map((sub) => (sub.sku === "ENTERPRISEPACK" ? { ...sub, commercial: false } : sub)),
    }));
    fc.assert(
      fc.property(partnerArb, (s) => {
        expect(hasCommercialE3Seat(s)).toBe(false);
        for (const sku of PARTNER_SKUS) {
          const offer = decideOffers(s).find((o) => o.sku === sku)!;
          // Blocked, or "included" (E5 includes both) — never available.
          expect(offer.status).not.toBe("available");
          const partner = offer.reasons.find((r) => r.code === "PARTNER_E3_SEAT_REQUIRED");
          expect(partner?.ruleId).toBe("R-PART-1");
          // R-PART-1 is the last tenant block: it answers unless an earlier one applies (R-ADM-1, R-21V-1, R-MC-1).
          expect(offer.reasons[0].code).toBe(firstTenantBlock(s, sku));
          // Only tenant blocks come before it; "included" and plan, prerequisite and country gates come after.
          const codes = offer.reasons.map((r) => r.code);
          expect(codes.slice(0, codes.indexOf("PARTNER_E3_SEAT_REQUIRED")).every((c) => TENANT_BLOCK_CODES.includes(c))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("every add-on's first reason is the first §9 tenant block that applies, when one does", () => {
    fc.assert(
      fc.property(tenantArb, (s) => {
        for (const sku of ADDON_SKUS) {
          const block = firstTenantBlock(s, sku);
          if (block === null) continue;
          const offer = decideOffers(s).find((o) => o.sku === sku)!;
          expect(offer.reasons[0].code).toBe(block);
        }
      }),
      RUNS,
    );
  });
});

describe("allowedBy over random tenants", () => {
  it("every allowed purchase names the rules that allowed it: at least one, each known, none twice", () => {
    fc.assert(
      fc.property(tenantArb, fc.constantFrom(...ALL_SKUS), (s, sku) => {
        const result = decidePurchase(s, { sku, quantity: 1 });
        fc.pre(result.ok);
        if (!result.ok) return;
        expect(result.value.allowedBy.length).toBeGreaterThan(0);
        expect(new Set(result.value.allowedBy).size).toBe(result.value.allowedBy.length);
        for (const id of result.value.allowedBy) expect(RULES[id], id).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it("purchases decide the same on merged subscriptions (withMergedSubscriptions, the purchase path's speed-up)", () => {
    fc.assert(
      fc.property(repeatBuyerArb, fc.constantFrom(...ALL_SKUS), fc.integer({ min: 1, max: 3 }), (s, sku, quantity) => {
        const merged = withMergedSubscriptions(s);
        expect(decidePurchase(merged, { sku, quantity })).toEqual(decidePurchase(s, { sku, quantity }));
        expect(decideOffers(merged)).toEqual(decideOffers(s));
      }),
      RUNS,
    );
  });
});
