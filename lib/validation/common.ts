import { z } from "zod";
import { text } from "./primitives";
import "zod-openapi";
import { COUNTRY_CODES } from "@/lib/domain/countries";
import { ALL_SKUS, CHANNELS, CLOUDS, COMMITMENTS, ORG_TYPES, PLAN_SKUS, PSTN_CONNECTIVITY, USER_KINDS } from "@/lib/domain/types";

/** A US-dollar amount as a decimal string with at most two places ("50", "50.00"). Never a float. */
export const usdAmount = text()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter an amount in dollars, like 50.00")
  .meta({ description: "US dollars as a decimal string", example: "50.00" });

export const countryCode = text()
  .trim()
  .toUpperCase()
  .refine((c) => COUNTRY_CODES.includes(c), "Pick one of the countries in the list")
  .meta({ description: "ISO 3166-1 alpha-2 code of one of the 86 countries of the rules catalogue", example: "US" });

export const orgType = z.enum(ORG_TYPES);
export const cloud = z.enum(CLOUDS);
export const channel = z.enum(CHANNELS);
export const commitment = z.enum(COMMITMENTS);
export const planSku = z.enum(PLAN_SKUS);
export const skuPartNumber = z.enum(ALL_SKUS as [string, ...string[]]);
export const pstnConnectivity = z.enum(PSTN_CONNECTIVITY);
export const userKind = z.enum(USER_KINDS);

export const tenantName = text().trim().min(2, "Use at least 2 characters").max(80, "Use at most 80 characters");

export const policyInput = z
  .object({
    monthlyCommitmentBlocksAddOns: z.boolean(),
    sfbPlan2PhoneSystem: z.enum(["allow", "switch"]),
    canadaCallingPlansPreview: z.boolean(),
    minimumFundingUsd: usdAmount,
    callingPlanPurchaseCountry: z.enum(["usageLocation", "tenantCountry"]),
    diPoolExhaustion: z.enum(["either", "perCategory"]),
    creditsInBahrainBrazilBrunei: z.boolean(),
    phoneSystemOn21Vianet: z.boolean(),
  })
  .partial()
  .strict()
  .meta({ id: "Policy", description: "The documented ambiguities as flags (rules catalogue §7)" });
