import { z } from "zod";
import "zod-openapi";
import type { SwitchTarget } from "@/lib/domain/plan-switch";
import { ROLES } from "@/lib/domain/roles";
import { ALL_SKUS, type Reason, type Remedy, type SkuPartNumber } from "@/lib/domain/types";

const role = z.enum(ROLES);
const sku = z.enum(ALL_SKUS as unknown as readonly [SkuPartNumber, ...SkuPartNumber[]]);

/** Response shapes, for the OpenAPI document (the handlers build them from service results). */

/** What would unblock a refusal. api.md's actions, plus `assign` and `setUsageLocation` for license changes. */
export const remedySchema = z
  .union([
    z.object({ action: z.literal("purchase"), sku: z.string() }),
    z.object({ action: z.literal("switchPlan"), to: z.array(z.string()) }),
    z.object({ action: z.literal("contactSupport") }),
    z.object({ action: z.literal("thirdPartyProvider") }),
    z.object({ action: z.literal("changeCommitment") }),
    z.object({ action: z.literal("addFunds") }),
    z.object({ action: z.literal("assign"), sku: z.string() }).meta({ description: "Also assign this sku to the user in the same change" }),
    z.object({ action: z.literal("setUsageLocation") }).meta({ description: "Give the user a usage location first" }),
    z
      .object({ action: z.literal("cancelSubscription"), sku: z.string() })
      .meta({ description: "Cancel the tenant's subscription of this add-on first" }),
    z
      .object({ action: z.literal("unassign"), sku: z.string() })
      .meta({ description: "Take this license away from the users who hold it first" }),
    z
      .object({ action: z.literal("changePolicy"), flag: z.string() })
      .meta({ description: "A tenant policy flag (Settings) causes this refusal" }),
  ])
  .meta({ id: "Remedy" });

/**
 * The schemas describe the domain's refusal for the OpenAPI document; these checks fail the typecheck when a
 * remedy or a reason field is added to lib/domain/types and not to the schema.
 */
type Holds<T extends true> = T;
export type RemedyFitsSchema = Holds<Remedy extends z.input<typeof remedySchema> ? true : false>;

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "PREREQUISITE_MISSING" }),
      message: z.string(),
      ruleId: z.string().optional().meta({ example: "R-CP-1" }),
      doc: z.string().optional(),
      remedies: z.array(remedySchema).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error" });

export const tokenSchema = z.object({ token: z.string(), expiresAt: z.string(), id: z.string() }).meta({ id: "Token" });

export const subscriptionSchema = z
  .object({
    id: z.string(),
    sku: z.string(),
    quantity: z.number().int(),
    assigned: z.number().int(),
    available: z.number().int().nullable().meta({ description: "null for Communications Credits: unlimited licenses" }),
    commercial: z.boolean(),
    seatsAdjustable: z
      .boolean()
      .meta({ description: "false for Communications Credits (no seat count) and Action Pack seats (fixed by the pack)" }),
    status: z.string(),
    term: z.string(),
    renewsAt: z.string(),
  })
  .meta({ id: "Subscription" });

export const policyViewSchema = z
  .object({
    monthlyCommitmentBlocksAddOns: z.boolean(),
    sfbPlan2PhoneSystem: z.enum(["allow", "switch"]),
    canadaCallingPlansPreview: z.boolean(),
    minimumFundingUsd: z.string(),
    callingPlanPurchaseCountry: z.enum(["usageLocation", "tenantCountry"]),
    diPoolExhaustion: z.enum(["either", "perCategory"]),
    creditsInBahrainBrazilBrunei: z.boolean(),
    phoneSystemOn21Vianet: z.boolean(),
  })
  .meta({ id: "PolicyView" });

export const tenantStateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    orgType: z.string(),
    cloud: z.string(),
    channel: z.string(),
    commitment: z.string(),
    plan: z.string().nullable(),
    policy: policyViewSchema,
    now: z.string(),
    createdAt: z.string(),
    role,
    subscriptions: z.array(subscriptionSchema),
    credits: z.object({
      enabled: z.boolean(),
      balance: z.string(),
      autoRecharge: z.object({ enabled: z.boolean(), threshold: z.string(), amount: z.string() }),
    }),
  })
  .meta({ id: "TenantState" });

export const tenantSummarySchema = z
  .object({ id: z.string(), name: z.string(), country: z.string(), plan: z.string().nullable(), channel: z.string(), role })
  .meta({ id: "TenantSummary" });

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string().meta({ description: "When it was recorded (server time; the trail's order)" }),
    sandboxAt: z.string().meta({ description: "The tenant's sandbox clock at the time, the clock the credits ledger uses" }),
    actor: z.string(),
    action: z.string(),
    target: z.string(),
    outcome: z.enum(["success", "denied"]),
    ruleIds: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEvent" });

export const memberSchema = z
  .object({ accountId: z.string(), email: z.string(), name: z.string(), role: z.string() })
  .meta({ id: "Member" });

export const catalogSchema = z
  .object({
    pricesAreIllustrative: z.boolean(),
    callRatesPerMinuteUsd: z.record(z.string(), z.string()).meta({ description: "Credits rate per call type, dollars per minute" }),
    skus: z.array(
      z.object({
        sku: z.string(),
        skuId: z.string().nullable(),
        name: z.string(),
        kind: z.enum(["plan", "addon"]),
        includes: z.array(z.string()),
        servicePlans: z.array(z.object({ servicePlanName: z.string(), servicePlanId: z.string() })),
        monthlyPriceUsd: z.string(),
      }),
    ),
  })
  .meta({ id: "Catalog" });

export const countrySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    audioConferencing: z.boolean(),
    callingPlans: z.boolean(),
    communicationsCredits: z.boolean(),
  })
  .loose()
  .meta({ id: "Country" });

export type ReasonFitsSchema = Holds<Omit<Reason, "details"> extends z.input<typeof reasonObject> ? true : false>;

const reasonObject = z
  .object({
    code: z.string(),
    message: z.string(),
    ruleId: z.string(),
    doc: z.string(),
    remedies: z.array(remedySchema),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "Reason" });

const recommendation = z.object({ ruleId: z.string(), message: z.string(), doc: z.string() }).meta({ id: "Recommendation" });

export const offerSchema = z
  .object({
    sku: z.string(),
    status: z.enum(["available", "included", "blocked"]),
    reasons: z.array(reasonObject).meta({ description: "In evaluation order; the first is what a purchase would answer" }),
    remedies: z.array(remedySchema),
    recommendations: z.array(recommendation),
  })
  .meta({ id: "Offer" });

export const purchaseResultSchema = z
  .object({
    purchase: z.object({
      id: z.string(),
      sku: z.string(),
      name: z.string(),
      quantity: z.number().int(),
      unitPrice: z.string(),
      monthlyTotal: z.string(),
      annualTotal: z.string(),
      amount: z.string().nullable(),
      at: z.string(),
    }),
    subscription: z.object({
      id: z.string(),
      sku: z.string(),
      quantity: z.number().int(),
      status: z.string(),
      term: z.string(),
      renewsAt: z.string(),
    }),
    unlocks: z.array(sku),
    recommendations: z.array(recommendation),
  })
  .meta({ id: "PurchaseResult" });

export const switchTargetsSchema = z
  .object({
    current: z.string().nullable(),
    targets: z.array(
      z
        .object({
          to: z.string(),
          name: z.string(),
          allowed: z.boolean(),
          reason: reasonObject.optional(),
          includes: z.array(z.string()),
          perSeatMonthlyDifferenceCents: z.number().int(),
          monthlyDifferenceCents: z.number().int(),
          effect: z
            .object({
              carriedSeats: z.number().int(),
              usersMoving: z.number().int(),
              redundantAddOns: z.array(z.string()),
              leavesGoDaddy: z.boolean(),
            })
            .nullable(),
        })
        .loose(),
    ),
  })
  .meta({ id: "SwitchTargets" });

export const switchResultSchema = tenantStateSchema
  .extend({
    switch: z.object({
      from: z.string(),
      to: z.string(),
      carriedSeats: z.number().int(),
      redundantAddOns: z.array(z.string()),
      leftGoDaddy: z.boolean(),
    }),
  })
  .meta({ id: "SwitchResult" });

// ---------------------------------------------------------------- types the services return, derived from the schemas

export type PolicyView = z.output<typeof policyViewSchema>;
export type SubscriptionView = z.output<typeof subscriptionSchema>;
export type TenantState = z.output<typeof tenantStateSchema>;
export type TenantSummary = z.output<typeof tenantSummarySchema>;
export type PurchaseResult = z.output<typeof purchaseResultSchema>;
export type AuditEventView = z.output<typeof auditEventSchema>;

/** The schema is looser than the domain (skus as strings); the service returns the domain's words. */
export interface SwitchTargetView extends SwitchTarget {
  /** For an allowed switch: seats and users that move, and bought add-ons the target makes redundant. */
  effect: { carriedSeats: number; usersMoving: number; redundantAddOns: SkuPartNumber[]; leavesGoDaddy: boolean } | null;
}
