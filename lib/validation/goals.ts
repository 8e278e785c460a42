import { z } from "zod";
import "zod-openapi";
import { CALL_TYPES, COMMITMENTS, GOAL_OFFER_STATUSES } from "@/lib/domain/goals";
import { text, wholeNumber } from "./primitives";

/**
 * The goal vocabulary (issue 11; shared/api.md "Scenarios and classes"), exactly as the contract spells it.
 * Skus and users are plain strings here: whether they exist is checked against the scenario's tenant when
 * the scenario is saved (lib/domain/goals.ts checkGoalReferences).
 */
const sku = text().min(1).max(60).meta({ description: "skuPartNumber" });
const user = text().min(3).max(254).meta({ description: "userPrincipalName" });

export const goalCheckSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("owns"), sku, minQuantity: wholeNumber({ min: 1, max: 1_000_000, noun: "seats" }).optional() }),
    z.object({ type: z.literal("notOwns"), sku }),
    z.object({ type: z.literal("offerStatus"), sku, status: z.enum(GOAL_OFFER_STATUSES as ["available", "included", "blocked"]) }),
    z.object({ type: z.literal("userHasLicenses"), user, skus: z.array(sku).min(1).max(12) }),
    z.object({ type: z.literal("userCanCall"), user, callType: z.enum(CALL_TYPES) }),
    z.object({ type: z.literal("creditsAutoRecharge"), enabled: z.boolean() }),
    z.object({
      type: z.literal("balanceAtLeast"),
      amount: text().regex(/^\d{1,9}\.\d{2}$/, "Write an amount like 50.00"),
    }),
    z.object({ type: z.literal("commitment"), is: z.enum(COMMITMENTS) }),
    z.object({ type: z.literal("plan"), is: sku.nullable() }),
  ])
  .meta({ id: "GoalCheck" });

export const goalInputSchema = z.object({
  id: text()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Use lowercase letters, digits and dashes")
    .optional(),
  text: text().trim().min(1).max(200),
  hint: z.object({ ruleId: text().max(40), doc: text().max(300), text: text().max(300) }).optional(),
  check: goalCheckSchema,
});

export const createScenarioInput = z
  .object({
    title: text().trim().min(1).max(120),
    description: text().trim().max(1000).default(""),
    fromTenant: text().min(1).max(64).optional(),
    fromSnapshot: text().min(1).max(64).optional(),
    document: z.unknown().optional(),
    goals: z.array(goalInputSchema).min(1).max(20),
  })
  .meta({ id: "CreateScenarioInput" });
export type CreateScenarioInput = z.infer<typeof createScenarioInput>;

export const startScenarioInput = z.object({ name: text().trim().min(1).max(120).optional() }).meta({ id: "StartScenarioInput" });
