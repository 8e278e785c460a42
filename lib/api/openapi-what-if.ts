// OpenAPI paths of what-if and the eligibility matrix (issue 13); merged in lib/api/openapi.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { commonErrors, jsonContent, ok } from "./openapi-helpers";
import { offerSchema } from "@/lib/validation/responses";
import { evaluateInput, matrixQueryDoc } from "@/lib/validation/what-if";
import { ADDON_SKUS, CHANNELS, CLOUDS, COMMITMENTS, ORG_TYPES, PLAN_SKUS } from "@/lib/domain/types";

const errors = { "400": commonErrors["400"], "401": commonErrors["401"] };

const matrixSituationSchema = z
  .object({
    key: z.string().meta({ description: "Stable id of the situation", example: "ENTERPRISEPACK|direct|annual|commercial|worldwide|US" }),
    plan: z.enum(PLAN_SKUS).nullable(),
    channel: z.enum(CHANNELS),
    commitment: z.enum(COMMITMENTS),
    orgType: z.enum(ORG_TYPES),
    cloud: z.enum(CLOUDS),
    country: z.string().meta({ description: "The country evaluated: the class's representative, or a country the filter named" }),
    countryClass: z.string().meta({ description: "Id of the country's class: countries with the same add-on features" }),
    policy: z
      .record(z.string(), z.union([z.boolean(), z.string()]))
      .meta({ description: "Only the policy flags that change an offer in this situation; the others are their defaults" }),
  })
  .meta({ id: "MatrixSituation" });

const matrixRowSchema = z
  .object({
    situation: matrixSituationSchema,
    sku: z.enum(ADDON_SKUS),
    status: z.enum(["available", "included", "blocked"]),
    code: z.string().nullable().meta({ description: "The first reason's code, what a purchase would answer; null when available" }),
    ruleId: z.string().nullable(),
  })
  .meta({ id: "MatrixRow" });

const countryClassSchema = z
  .object({ id: z.string(), label: z.string(), representative: z.string(), countries: z.array(z.string()) })
  .meta({ id: "CountryClass" });

export const whatIfPaths: ZodOpenApiPathsObject = {
  "/evaluate": {
    post: {
      summary: "What-if: the offers a tenant in this situation would get, decided by the same rules engine; nothing is stored",
      requestBody: { content: jsonContent(evaluateInput) },
      responses: { "200": ok(z.object({ offers: z.array(offerSchema) })), ...errors },
    },
  },
  "/matrix": {
    get: {
      summary: "The eligibility matrix: every situation the rules tell apart against every add-on, with status, first code and rule id",
      requestParams: { query: matrixQueryDoc },
      responses: {
        "200": {
          description: "OK: JSON (rows and the country classes), or CSV with format=csv",
          content: {
            "application/json": { schema: z.object({ rows: z.array(matrixRowSchema), countryClasses: z.array(countryClassSchema) }) },
            "text/csv": {
              schema: z.string().meta({
                description: "Columns: plan, channel, commitment, orgType, cloud, country, countryClass, policy, sku, status, code, ruleId",
              }),
            },
          },
        },
        ...errors,
      },
    },
  },
};
