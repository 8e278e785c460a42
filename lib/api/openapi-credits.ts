// OpenAPI paths of the Communications Credits, clock, notification and report endpoints (issue 6);
// merged in lib/api/openapi.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { commonErrors, errorResponse, jsonContent, ok, tenantPath } from "./openapi-helpers";
import {
  autoRechargeUpdateInput,
  blockedUsersReportSchema,
  callResultSchema,
  clockAdvanceInput,
  clockResultSchema,
  creditsSchema,
  fundsInput,
  ledgerEntrySchema,
  ledgerType,
  minutePoolReportSchema,
  notificationSchema,
  usageInput,
} from "@/lib/validation/credits";

const err = errorResponse;
const common = commonErrors;
const ledgerFilter = z.object({ type: ledgerType.optional().meta({ description: "Only entries of this type" }) });

export const creditsPaths: ZodOpenApiPathsObject = {
  "/tenants/{id}/credits": {
    get: {
      summary: "Communications Credits: balance, auto-recharge settings and the ledger (newest first)",
      requestParams: { ...tenantPath, query: ledgerFilter.extend({ limit: z.number().int().min(1).max(10000).optional() }) },
      responses: { "200": ok(creditsSchema), ...common },
    },
  },
  "/tenants/{id}/credits/funds": {
    post: {
      summary: "Add funds (credits:manage). At least the tenant's minimum funding; accepts Idempotency-Key",
      requestParams: { ...tenantPath, header: z.object({ "Idempotency-Key": z.string().max(200).optional() }) },
      requestBody: { content: jsonContent(fundsInput) },
      responses: {
        "201": ok(ledgerEntrySchema, "The funding ledger entry (a replay answers the first result with Idempotent-Replayed: true)"),
        ...common,
        "409": err("CREDITS_NOT_SET_UP, or IDEMPOTENCY_KEY_REUSED (same key, another body)"),
        "422": err("AMOUNT_BELOW_MINIMUM (A-8)"),
      },
    },
  },
  "/tenants/{id}/credits/auto-recharge": {
    put: {
      summary:
        "Auto-recharge settings (credits:manage): recharge `amount` when the balance falls strictly below `threshold` (A-4). " +
        "Saving clears the failure back-off; a balance already below the trigger recharges at once.",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(autoRechargeUpdateInput) },
      responses: {
        "200": ok(creditsSchema),
        ...common,
        "409": err("CREDITS_NOT_SET_UP"),
        "422": err("AMOUNT_BELOW_MINIMUM: a trigger of 0 (A-4) or a recharge below the minimum (A-8)"),
      },
    },
  },
  "/tenants/{id}/credits/usage": {
    post: {
      summary:
        "Simulate a call (credits:simulate). Calling Plan minutes first, then Communications Credits (A-13); credit-funded calls " +
        "need a balance above zero (A-5) and are then charged in full; emergency calls always go through. A charge that " +
        "takes the balance below the trigger recharges in the same write.",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(usageInput) },
      responses: {
        "201": ok(callResultSchema, "Call recorded"),
        ...common,
        "402": err("INSUFFICIENT_FUNDS: a credit-funded call at a balance at or below zero"),
        "409": err("CREDITS_NOT_SET_UP or USAGE_LOCATION_REQUIRED"),
        "422": err("PREREQUISITE_MISSING: the user lacks the license the call needs"),
      },
    },
  },
  "/tenants/{id}/credits/ledger.csv": {
    get: {
      summary: "The ledger as CSV (seq, at, type, amount, balanceAfter, description), newest first",
      requestParams: { ...tenantPath, query: ledgerFilter },
      responses: { "200": { description: "CSV file", content: { "text/csv": { schema: z.string() } } }, ...common },
    },
  },
  "/tenants/{id}/clock/advance": {
    post: {
      summary:
        "Advance the tenant's sandbox clock (clock:advance). On the way: minute pools reset at each month boundary, funds " +
        "expire 12 months after they were added, subscriptions renew, failed auto-recharges are retried after their back-off.",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(clockAdvanceInput) },
      responses: { "200": ok(clockResultSchema), ...common },
    },
  },
  "/tenants/{id}/notifications": {
    get: {
      summary: "Notices: auto-recharge succeeded or failed or turned off, balance at or below zero, funds expired (newest first)",
      requestParams: { ...tenantPath, query: z.object({ limit: z.number().int().min(1).max(500).optional() }) },
      responses: { "200": ok(z.object({ notifications: z.array(notificationSchema) })), ...common },
    },
  },
  "/tenants/{id}/reports/minute-pools": {
    get: {
      summary: "PSTN minute pools for the sandbox clock's month: per pool country and Calling Plan, allowance, used and left (A-13, A-14)",
      requestParams: tenantPath,
      responses: { "200": ok(minutePoolReportSchema), ...common },
    },
  },
  "/tenants/{id}/reports/blocked-users": {
    get: {
      summary: "Users blocked from some PSTN calls right now, with one reason per blocked call type",
      requestParams: tenantPath,
      responses: { "200": ok(blockedUsersReportSchema), ...common },
    },
  },
};
