import { z } from "zod";
import { commonErrors as errors, jsonContent, ok, tenantPath } from "./openapi-helpers";
import { tenantStateSchema } from "@/lib/validation/responses";
import { createScenarioInput, goalCheckSchema, startScenarioInput } from "@/lib/validation/goals";

/** OpenAPI paths of "Scenarios and classes" (issue 11): scenarios and a tenant's goals. */
const hintSchema = z.object({ ruleId: z.string(), doc: z.string(), text: z.string() });

const scenarioSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    builtIn: z.boolean(),
    goals: z.array(z.object({ id: z.string(), text: z.string(), hint: hintSchema.optional(), check: goalCheckSchema })),
  })
  .meta({ id: "Scenario" });

const tenantGoalSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    hint: hintSchema.nullable(),
    met: z.boolean(),
    metAt: z.string().nullable().meta({ description: "When the goal was first seen met" }),
  })
  .meta({ id: "TenantGoal" });

const scenarioPath = { path: z.object({ id: z.string().meta({ description: "Scenario id" }) }) };

export const scenarioPaths = {
  "/scenarios": {
    get: {
      summary: "Scenarios: the built-in ones (one per documented situation) and the caller's own",
      responses: { "200": ok(z.array(scenarioSchema)), "401": errors["401"] },
    },
    post: {
      summary: "Compose a scenario from a tenant (`fromTenant`), one of its save points (`fromSnapshot`) or a `document`, plus goals",
      requestBody: { content: jsonContent(createScenarioInput) },
      responses: {
        "201": ok(scenarioSchema, "Created"),
        "400": errors["400"],
        "401": errors["401"],
        "404": errors["404"],
      },
    },
  },
  "/scenarios/{id}/start": {
    post: {
      summary: "Start the scenario: a new tenant of the caller's (Global admin) in its starting state",
      requestParams: scenarioPath,
      requestBody: { content: jsonContent(startScenarioInput) },
      responses: { "201": ok(tenantStateSchema, "Created"), "400": errors["400"], "401": errors["401"], "404": errors["404"] },
    },
  },
  "/tenants/{id}/goals": {
    get: {
      summary: "The goals of the scenario the tenant was started from, judged on its current state (empty otherwise)",
      requestParams: tenantPath,
      responses: { "200": ok(z.array(tenantGoalSchema)), ...errors },
    },
  },
};
