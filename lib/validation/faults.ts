import { z } from "zod";
import { FAULT_LIMITS } from "@/lib/domain/faults";
import { wholeNumber } from "./primitives";

/** Sandbox faults (api.md "Sandbox faults"): the PUT body and the view GET and PUT answer. */

const graphThrottle = z
  .object({
    everyNth: wholeNumber({ min: 1, max: FAULT_LIMITS.everyNth, noun: "requests" }).meta({
      description: "Every Nth Graph request answers 429 (1: every request)",
      example: 3,
    }),
    retryAfterSeconds: wholeNumber({ min: 0, max: FAULT_LIMITS.retryAfterSeconds, noun: "seconds" }).meta({
      description: "The Retry-After the 429 answers carry",
      example: 1,
    }),
  })
  .strict();

const failNextRequests = z
  .object({
    count: wholeNumber({ min: 0, max: FAULT_LIMITS.failCount, noun: "requests" }).meta({ example: 2 }),
    status: z.union([z.literal(500), z.literal(503)], { error: "Use 500 or 503" }).meta({ example: 503 }),
  })
  .strict();

export const faultsInput = z
  .object({
    declineNextCharges: wholeNumber({ min: 0, max: FAULT_LIMITS.declineNextCharges, noun: "charges" })
      .optional()
      .meta({ description: "Card charges (fundings and auto-recharges) to decline; 0 turns it off", example: 1 }),
    latencyMs: wholeNumber({ min: 0, max: FAULT_LIMITS.latencyMs, noun: "milliseconds" })
      .optional()
      .meta({ description: "Added to every API and Graph request of the tenant; 0 turns it off", example: 250 }),
    graphThrottle: graphThrottle.nullable().optional().meta({ description: "null turns it off" }),
    failNextRequests: failNextRequests.nullable().optional().meta({ description: "null or a count of 0 turns it off" }),
  })
  .strict()
  .meta({ id: "FaultsInput" });
export type FaultsInput = z.output<typeof faultsInput>;

export const faultsView = z
  .object({
    declineNextCharges: z.number().int(),
    latencyMs: z.number().int(),
    graphThrottle: z.object({ everyNth: z.number().int(), retryAfterSeconds: z.number().int() }).nullable(),
    failNextRequests: z.object({ count: z.number().int(), status: z.union([z.literal(500), z.literal(503)]) }).nullable(),
    active: z.boolean(),
    summary: z.array(z.string()).meta({ description: "The active faults in words" }),
  })
  .meta({ id: "Faults" });
export type FaultsView = z.output<typeof faultsView>;
