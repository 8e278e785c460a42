import { z } from "zod";
import { CHANNELS, CLOUDS, COMMITMENTS, ORG_TYPES, PLAN_SKUS, ADDON_SKUS, type PlanSku } from "@/lib/domain/types";
import { COUNTRY_CODES } from "@/lib/domain/countries";
import { COUNTRY_CLASSES } from "@/lib/domain/country-classes";
import { channel, cloud, commitment, countryCode, orgType, planSku, policyInput } from "./common";

const seatCount = z.number().int("Use a whole number").min(1, "At least 1").max(100_000, "At most 100,000");

/** POST /evaluate: a situation a tenant could be in (shared/api.md "What-if and the eligibility matrix"). */
export const evaluateInput = z
  .object({
    country: countryCode,
    orgType,
    cloud,
    channel,
    commitment,
    plan: planSku.nullable().meta({ description: "The base plan, or null for a tenant that hasn't bought one yet" }),
    seats: seatCount.optional().meta({ description: "Seats of the plan; 25 when absent" }),
    owned: z
      .partialRecord(z.enum([...PLAN_SKUS, ...ADDON_SKUS]), seatCount)
      .optional()
      .meta({ description: "Seats already bought per sku (add-ons, or more seats of the plan itself)", example: { MCOEV: 10 } }),
    policy: policyInput.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const sku of Object.keys(v.owned ?? {})) {
      if ((PLAN_SKUS as readonly string[]).includes(sku) && sku !== v.plan) {
        ctx.addIssue({ code: "custom", path: ["owned", sku], message: "A tenant owns seats of one plan only: the plan of the situation" });
      }
    }
  })
  .meta({ id: "Evaluate" });
export type EvaluateInput = z.infer<typeof evaluateInput>;

/** A comma list of allowed values (empty or absent: every value). */
function commaList<T extends string>(allowed: readonly T[], what: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const values = (v ?? "")
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      const bad = values.filter((x) => !allowed.includes(x as T));
      if (bad.length > 0) {
        ctx.addIssue({ code: "custom", message: `Unknown ${what}: ${bad.join(", ")}` });
        return z.NEVER;
      }
      return values as T[];
    });
}

const PLAN_VALUES = ["none", ...PLAN_SKUS] as const;
const COUNTRY_VALUES = [...COUNTRY_CODES, ...COUNTRY_CLASSES.map((c) => c.id)];

/** GET /matrix query. `plan=none` is the tenant without a plan; `country` takes ISO codes and country class ids. */
export const matrixQuery = z
  .object({
    plan: commaList(PLAN_VALUES, "plan").transform((v) => v.map((p) => (p === "none" ? null : (p as PlanSku)))),
    channel: commaList(CHANNELS, "channel"),
    commitment: commaList(COMMITMENTS, "commitment"),
    orgType: commaList(ORG_TYPES, "organization type"),
    cloud: commaList(CLOUDS, "cloud"),
    country: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? "")
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean)
          .map((x) => (x.length === 2 ? x.toUpperCase() : x)),
      )
      .pipe(
        z.array(z.string().refine((x) => COUNTRY_VALUES.includes(x), "Use ISO country codes of the 86-country table or country class ids")),
      ),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict();
export type MatrixQuery = z.infer<typeof matrixQuery>;

/** The query as OpenAPI documents it (the parsed form above has transforms). */
export const matrixQueryDoc = z.object({
  plan: z.string().optional().meta({ description: "Comma list of plan skus; `none` for no plan yet", example: "none,ENTERPRISEPACK" }),
  channel: z
    .string()
    .optional()
    .meta({ description: `Comma list of ${CHANNELS.join(", ")}` }),
  commitment: z
    .string()
    .optional()
    .meta({ description: `Comma list of ${COMMITMENTS.join(", ")}` }),
  orgType: z
    .string()
    .optional()
    .meta({ description: `Comma list of ${ORG_TYPES.join(", ")}` }),
  cloud: z
    .string()
    .optional()
    .meta({ description: `Comma list of ${CLOUDS.join(", ")}` }),
  country: z
    .string()
    .optional()
    .meta({
      description: `Comma list of ISO country codes (evaluated themselves) or country class ids (${COUNTRY_CLASSES.map((c) => c.id).join(", ")}; evaluated by their representative)`,
      example: "US,ac-cc",
    }),
  format: z.enum(["json", "csv"]).optional().meta({ description: "json (default) or csv" }),
});
