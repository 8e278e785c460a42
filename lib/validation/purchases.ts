import { z } from "zod";
import { wholeNumber } from "./primitives";
import { ADDON_SKUS, PLAN_SKUS } from "@/lib/domain/types";
import { planSku, usdAmount } from "./common";

const seatSku = z.enum([...PLAN_SKUS, ...ADDON_SKUS.filter((s) => s !== "MCOPSTNC")] as [string, ...string[]]);

export const autoRechargeInput = z
  .object({
    enabled: z.boolean(),
    threshold: usdAmount.meta({ description: "Trigger amount: recharge when the balance falls below it" }),
    amount: usdAmount.meta({ description: "Recharge amount added each time" }),
  })
  .strict()
  .meta({ id: "AutoRechargeSettings" });

export const seatPurchaseInput = z
  .object({
    sku: seatSku,
    quantity: wholeNumber({ min: 1, max: 100_000, noun: "seats", minMessage: "Buy at least 1 seat" }),
  })
  .strict()
  .meta({ id: "SeatPurchase" });

export const creditsPurchaseInput = z
  .object({
    // MCOPSTNPP is the older name of the same product (graph-licensing-notes §4.2).
    sku: z.enum(["MCOPSTNC", "MCOPSTNPP"]).transform(() => "MCOPSTNC" as const),
    amount: usdAmount.meta({ description: "First funding of the prepaid balance" }),
    autoRecharge: autoRechargeInput.optional(),
    paymentMethod: z.enum(["succeed", "decline", "expired"]).optional().meta({ description: "Simulated card behaviour" }),
  })
  .strict()
  .meta({ id: "CreditsPurchase" });

export const purchaseInput = z.union([creditsPurchaseInput, seatPurchaseInput]).meta({
  id: "Purchase",
  description: "{ sku, quantity } for seats; { sku: MCOPSTNC, amount, autoRecharge? } for Communications Credits",
});
export type PurchaseInput = z.output<typeof purchaseInput>;
export type CreditsPurchaseInput = z.output<typeof creditsPurchaseInput>;

/**
 * Parses a purchase body with the schema its sku selects, so errors name the offending field
 * (a plain union would only say that neither shape matched).
 */
export function purchaseSchemaFor(body: unknown) {
  const sku = (body as { sku?: unknown } | null)?.sku;
  return sku === "MCOPSTNC" || sku === "MCOPSTNPP" ? creditsPurchaseInput : seatPurchaseInput;
}

export function isCreditsPurchase(input: PurchaseInput): input is CreditsPurchaseInput {
  return input.sku === "MCOPSTNC";
}

export const seatChangeInput = z
  .object({ quantity: wholeNumber({ min: 1, max: 100_000, noun: "seats", minMessage: "Keep at least 1 seat" }) })
  .strict()
  .meta({ id: "SeatChange" });

export const switchPlanInput = z.object({ to: planSku }).strict().meta({ id: "SwitchPlan" });
