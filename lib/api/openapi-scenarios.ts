import { z } from "zod";
import { commonErrors as errors, errorResponse, jsonContent, ok, tenantPath } from "./openapi-helpers";
import { tenantStateSchema } from "@/lib/validation/responses";
import { createScenarioInput, goalCheckSchema, startScenarioInput } from "@/lib/validation/goals";
import { createClassInput, endClassInput } from "@/lib/validation/classes";
import { ROLES } from "@/lib/domain/roles";

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

const seatSchema = z.object({
  email: z.string(),
  name: z.string(),
  accountId: z.string(),
  tenantId: z.string().nullable().meta({ description: "The trainee's copy; null once the class ended with its copies deleted" }),
  password: z.string().optional().meta({ description: "Only when POST /classes created the sign-in: shown this once" }),
});

const classSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scenarioId: z.string(),
    trainerRole: z.enum(ROLES),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
    keptCopies: z.boolean().nullable(),
    seats: z.array(seatSchema),
  })
  .meta({ id: "Class" });

const progressSchema = z
  .object({
    goals: z.array(z.object({ id: z.string(), text: z.string() })),
    seats: z.array(
      z.object({
        email: z.string(),
        name: z.string(),
        accountId: z.string(),
        tenantId: z.string().nullable(),
        met: z.array(z.string()).meta({ description: "Ids of the goals met now" }),
        metAt: z.record(z.string(), z.string()).meta({ description: "Goal id -> when it was first seen met" }),
        score: z.number().int().meta({ description: "Goals met, in percent" }),
        lastActivityAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "ClassProgress" });

const ended = errorResponse("CONFLICT: the class has already ended");

const classPath = { path: z.object({ id: z.string().meta({ description: "Class id" }) }) };

const scenarioPath = { path: z.object({ id: z.string().meta({ description: "Scenario id" }) }) };

export const scenarioPaths = {
  "/scenarios": {
    get: {
      summary: "Scenarios: the built-in ones (one per documented situation) and the instance's own (a member: its own only)",
      responses: { "200": ok(z.array(scenarioSchema)), "401": errors["401"] },
    },
    post: {
      summary:
        "Compose a scenario (trainer or owner) from a tenant (`fromTenant`), one of its save points (`fromSnapshot`) or a `document`, plus goals; a goal naming a sku or user the tenant lacks is a 400 keyed by goal path",
      requestBody: { content: jsonContent(createScenarioInput) },
      responses: {
        "201": ok(scenarioSchema, "Created"),
        "400": errors["400"],
        "401": errors["401"],
        "403": errors["403"],
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
  "/classes": {
    get: {
      summary: "The classes the caller runs, newest first",
      responses: { "200": ok(z.array(classSchema)), "401": errors["401"] },
    },
    post: {
      summary:
        "Create a class (trainer or owner): each trainee (a sign-in's email, or a new email that becomes a member sign-in with a generated password, shown once) gets a copy of the scenario as Global admin; the trainer joins each with trainerRole (default GLOBAL_READER)",
      requestBody: { content: jsonContent(createClassInput) },
      responses: {
        "201": ok(classSchema, "Created"),
        "400": errors["400"],
        "401": errors["401"],
        "403": errors["403"],
        "404": errors["404"],
      },
    },
  },
  "/classes/{id}": {
    get: {
      summary: "One of the caller's classes (another trainer's class is 404)",
      requestParams: classPath,
      responses: { "200": ok(classSchema), "401": errors["401"], "404": errors["404"] },
    },
  },
  "/classes/{id}/progress": {
    get: {
      summary: "The progress board: each trainee's goals judged now on its copy; `?format=csv` answers the board as CSV",
      requestParams: { ...classPath, query: z.object({ format: z.enum(["json", "csv"]).optional() }) },
      responses: {
        "200": {
          description: "OK",
          content: { "application/json": { schema: progressSchema }, "text/csv": { schema: z.string() } },
        },
        "401": errors["401"],
        "404": errors["404"],
      },
    },
  },
  "/classes/{id}/seats/{tenantId}/reset": {
    post: {
      summary: "Put one trainee's copy back to the scenario's start (its goals start over)",
      requestParams: { path: z.object({ id: z.string().meta({ description: "Class id" }), tenantId: z.string() }) },
      responses: { "200": ok(tenantStateSchema), "401": errors["401"], "404": errors["404"], "409": ended },
    },
  },
  "/classes/{id}/end": {
    post: {
      summary: "End the class: keep the copies read-only (every member becomes a Global reader) or delete them",
      requestParams: classPath,
      requestBody: { content: jsonContent(endClassInput) },
      responses: { "200": ok(classSchema), "400": errors["400"], "401": errors["401"], "404": errors["404"], "409": ended },
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
