import { z } from "zod";
import "zod-openapi";
import { CALL_TYPES } from "@/lib/domain/credits";
import type { Reason } from "@/lib/domain/types";
import { usdAmount } from "./common";
import { text, wholeNumber } from "./primitives";

/** Simulated card behaviour for the sandbox's payments. */
export const PAYMENT_METHODS = ["succeed", "decline", "expired"] as const;
export const paymentMethod = z.enum(PAYMENT_METHODS).meta({ description: "Simulated card: succeed, decline, or expired" });
export type PaymentMethod = z.output<typeof paymentMethod>;

export const LEDGER_TYPES = ["funding", "autoRecharge", "usage", "expiry"] as const;
export const ledgerType = z.enum(LEDGER_TYPES);
export type LedgerType = z.output<typeof ledgerType>;

export const fundsInput = z
  .object({ amount: usdAmount.meta({ description: "Amount to add, at least the tenant's minimum funding (policy)" }) })
  .strict()
  .meta({ id: "AddFunds" });
export type FundsInput = z.output<typeof fundsInput>;

export const autoRechargeUpdateInput = z
  .object({
    enabled: z.boolean(),
    threshold: usdAmount.meta({ description: "Trigger amount: a recharge happens when the balance falls strictly below it" }),
    amount: usdAmount.meta({ description: "Recharge amount, at least the minimum funding" }),
    paymentMethod: paymentMethod.optional(),
  })
  .strict()
  .meta({ id: "AutoRechargeUpdate" });
export type AutoRechargeUpdateInput = z.output<typeof autoRechargeUpdateInput>;

export const usageInput = z
  .object({
    userId: text().trim().min(1, "Pick a user"),
    type: z.enum(CALL_TYPES),
    minutes: wholeNumber({
      min: 1,
      max: 10_000,
      noun: "minutes",
      minMessage: "A call lasts at least 1 minute",
      maxMessage: "Use at most 10,000 minutes per call",
    }),
    destinationCountry: text()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "Use a two-letter country code, like US")
      .optional()
      .meta({ description: "ISO 3166-1 alpha-2 of the number dialled; decides domestic or international" }),
  })
  .strict()
  .meta({ id: "SimulatedCall" });
export type UsageInput = z.output<typeof usageInput>;

export const clockAdvanceInput = z
  .object({
    days: wholeNumber({
      min: 1,
      max: 1000,
      noun: "days",
      minMessage: "Advance by at least 1 day",
      maxMessage: "Advance by at most 1,000 days at a time",
    }),
  })
  .strict()
  .meta({ id: "ClockAdvance" });
export type ClockAdvanceInput = z.output<typeof clockAdvanceInput>;

export const ledgerQuery = z.object({ type: ledgerType.optional() });

// ---------------------------------------------------------------- responses (OpenAPI)

export const ledgerEntrySchema = z
  .object({
    id: z.string(),
    at: z.string().meta({ description: "Sandbox time of the entry" }),
    type: ledgerType,
    amount: z.string().meta({ description: "Signed: a charge or expiry is negative", example: "-0.60" }),
    balanceAfter: z.string(),
    description: z.string(),
    seq: z.number().int().meta({ description: "Position in the tenant's ledger, 1 for the first entry" }),
  })
  .meta({ id: "LedgerEntry" });

export const creditsSchema = z
  .object({
    enabled: z.boolean(),
    balance: z.string(),
    currency: z.literal("USD"),
    autoRecharge: z.object({ enabled: z.boolean(), threshold: z.string(), amount: z.string() }),
    paymentMethod: paymentMethod,
    minimumFunding: z.string(),
    ledgerSize: z.number().int(),
    matching: z.number().int().meta({ description: "Entries of the requested type (the whole ledger without a filter)" }),
    ledger: z.array(ledgerEntrySchema).meta({ description: "Newest first" }),
  })
  .meta({ id: "Credits" });

export const callResultSchema = z
  .object({
    charged: z.string().meta({ description: "Dollars paid from Communications Credits" }),
    coveredByPlan: z.number().int().meta({ description: "Minutes drawn from the Calling Plan pool" }),
    balance: z.string(),
    autoRecharged: z.boolean(),
    billedAs: z.enum(CALL_TYPES),
    capabilities: z.array(z.string()),
    autoRechargeFailed: z.boolean(),
  })
  .meta({ id: "CallResult" });

export const clockEventSchema = z
  .object({
    type: z.enum(["poolsReset", "fundsExpired", "subscriptionRenewed", "autoRecharged", "autoRechargeFailed"]),
    at: z.string(),
    description: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "ClockEvent" });

export const clockResultSchema = z.object({ now: z.string(), events: z.array(clockEventSchema) }).meta({ id: "ClockAdvanceResult" });

export const notificationSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    kind: z.enum(["autoRechargeSucceeded", "autoRechargeFailed", "autoRechargeDisabled", "balanceDepleted", "fundsExpired"]),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "Notification" });

export const minutePoolReportSchema = z
  .object({
    month: z.string(),
    pools: z.array(
      z.object({
        poolId: z.string(),
        country: z.string(),
        sku: z.string(),
        planName: z.string(),
        licenses: z.number().int(),
        allowance: z.object({ domestic: z.number().int(), international: z.number().int() }),
        used: z.object({ domestic: z.number().int(), international: z.number().int() }),
        left: z.object({ domestic: z.number().int(), international: z.number().int() }),
        exhausted: z.boolean(),
      }),
    ),
  })
  .meta({ id: "MinutePoolReport" });

export const blockedUsersReportSchema = z
  .object({
    users: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        userPrincipalName: z.string(),
        blockedCallTypes: z.array(z.enum(CALL_TYPES)),
        reasons: z.array(z.object({ code: z.string(), message: z.string(), ruleId: z.string(), doc: z.string() }).loose()),
      }),
    ),
  })
  .meta({ id: "BlockedUsersReport" });

// ---------------------------------------------------------------- types the services return, derived from the schemas

export type LedgerEntryView = z.output<typeof ledgerEntrySchema>;
export type NotificationView = z.output<typeof notificationSchema>;
export type MinutePoolRow = z.output<typeof minutePoolReportSchema>["pools"][number];
/** The schema lists each reason loosely; the service returns whole domain reasons (with remedies). */
export type BlockedUserRow = Omit<z.output<typeof blockedUsersReportSchema>["users"][number], "reasons"> & { reasons: Reason[] };
