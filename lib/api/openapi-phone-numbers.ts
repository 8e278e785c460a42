// OpenAPI paths of phone numbers (issue 10) and the room-scenario advisor; merged in lib/api/openapi.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { commonErrors, errorResponse, jsonContent, ok, tenantPath } from "./openapi-helpers";
import { acquireNumbersInput, assignNumberInput, phoneNumberSchema, phoneNumbersSchema } from "@/lib/validation/phone-numbers";

const numberPath = {
  path: z.object({ id: z.string().meta({ description: "Tenant id" }), numberId: z.string().meta({ description: "Phone number id" }) }),
};
const userPath = {
  path: z.object({ id: z.string().meta({ description: "Tenant id" }), userId: z.string().meta({ description: "User id" }) }),
};

const roomScenarioSchema = z
  .object({
    scenario: z.enum(["joinScheduledMeeting", "startAdHocMeeting", "dialOut", "phoneNumber"]),
    label: z.string(),
    allowed: z.boolean(),
    missing: z.array(z.array(z.string())).meta({ description: "Alternative sets of licenses to add (smallest first)" }),
    explanation: z.string(),
    creditsNote: z.string().optional(),
    conflicting: z.array(z.string()).optional(),
    ruleId: z.string(),
  })
  .meta({ id: "RoomScenario" });

export const phoneNumberPaths: ZodOpenApiPathsObject = {
  "/tenants/{id}/phone-numbers": {
    get: {
      summary: "Phone numbers: the capacity the licenses give (R-NUM-USER, R-NUM-SVC, A-20) and the numbers held",
      requestParams: tenantPath,
      responses: { "200": ok(phoneNumbersSchema), ...commonErrors },
    },
    post: {
      summary:
        "Acquire numbers of one kind in one country (billing:purchase), all or nothing. User numbers need Calling Plan licenses and a " +
        "Calling Plan country (R-GEO-2, R-GEO-3); toll-free numbers need Communications Credits (R-CC-4); Chile toll numbers only for " +
        "organizations in Chile (R-GEO-4)",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(acquireNumbersInput) },
      responses: {
        "201": ok(z.object({ numbers: z.array(phoneNumberSchema) }), "The new numbers"),
        ...commonErrors,
        "409": errorResponse("NUMBER_CAPACITY_EXCEEDED (R-NUM-USER, R-NUM-SVC) or CREDITS_NOT_SET_UP (R-CC-4)"),
        "422": errorResponse("COUNTRY_NOT_AVAILABLE (R-GEO-2, R-GEO-3, R-GEO-4, SBX-NUM-COUNTRY) or PREREQUISITE_MISSING (R-NUM-USER)"),
      },
    },
  },
  "/tenants/{id}/phone-numbers/{numberId}": {
    patch: {
      summary: "Give a user number to a user with a Calling Plan in the number's country, or take it back with null (licenses:assign)",
      requestParams: numberPath,
      requestBody: { content: jsonContent(assignNumberInput) },
      responses: {
        "200": ok(phoneNumberSchema),
        ...commonErrors,
        "409": errorResponse("NUMBER_IN_USE (the number, or the user, already has an assignment)"),
        "422": errorResponse("PREREQUISITE_MISSING (R-ASG-CP) or COUNTRY_NOT_AVAILABLE (R-ASG-LOC)"),
      },
    },
    delete: {
      summary: "Release a number (billing:purchase); refused while a user holds it",
      requestParams: numberPath,
      responses: { "204": { description: "Released" }, ...commonErrors, "409": errorResponse("NUMBER_IN_USE") },
    },
  },
  "/tenants/{id}/users/{userId}/room-scenarios": {
    get: {
      summary:
        "The Skype Room Systems v2 scenarios of a room account (catalogue §4.3, A-15): what it can do and what licenses would add the rest",
      requestParams: userPath,
      responses: { "200": ok(z.object({ scenarios: z.array(roomScenarioSchema) })), ...commonErrors },
    },
  },
};
