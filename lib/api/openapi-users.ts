// OpenAPI paths of the users and license-assignment endpoints (issue 5); merged in lib/api/openapi.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { commonErrors, jsonContent, ok, tenantPath } from "./openapi-helpers";
import { errorSchema } from "@/lib/validation/responses";
import {
  assignLicenseInput,
  bulkLicenseInput,
  bulkReportSchema,
  createUserInput,
  importResultSchema,
  importUsersInput,
  licenseDetailsSchema,
  licenseOverviewSchema,
  subscribedSkuSchema,
  updateUserInput,
  userSchema,
  usersPageSchema,
  USER_SORT_KEYS,
  MAX_PAGE_SIZE,
} from "@/lib/validation/users";

const errors = { ...commonErrors, "404": ok(errorSchema, "NOT_FOUND: no such user, or a tenant the caller may not see") };
const userPath = {
  path: z.object({ id: z.string().meta({ description: "Tenant id" }), userId: z.string().meta({ description: "User id" }) }),
};

const refusals = {
  "409": ok(
    errorSchema,
    "A rule refused the change (INSUFFICIENT_LICENSES, DEPENDENCY_VIOLATION, MUTUALLY_EXCLUSIVE, HYBRID_USER_CALLING_PLAN, " +
      "USAGE_LOCATION_REQUIRED, CREDITS_NOT_SET_UP); ruleId, doc and remedies say why and what would unblock it. Nothing was changed.",
  ),
  "422": ok(errorSchema, "COUNTRY_NOT_AVAILABLE: a Calling Plan isn't sold in the user's usage location (R-GEO-2, R-GEO-3)."),
};

const usersQueryParams = z.object({
  search: z.string().optional().meta({ description: "Part of the display name or username (case-insensitive)" }),
  sort: z
    .enum(USER_SORT_KEYS.flatMap((k) => [k, `-${k}`]) as [string, ...string[]])
    .optional()
    .meta({ description: "Column to sort by; a leading - sorts descending. Default displayName." }),
  page: z.number().int().min(1).optional().meta({ description: "1-based page number" }),
  pageSize: z
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .optional()
    .meta({ description: `Users per page, at most ${MAX_PAGE_SIZE}; default 50` }),
  license: z.string().optional().meta({ description: "Only users holding this sku (skuPartNumber or skuId)" }),
});

export const usersPaths: ZodOpenApiPathsObject = {
  "/tenants/{id}/users": {
    get: {
      summary: "Directory users with their licenses: searched, sorted and paged on the server",
      requestParams: { ...tenantPath, query: usersQueryParams },
      responses: { "200": ok(usersPageSchema), ...errors },
    },
    post: {
      summary: "Add a user (users:manage). The username must be unique in the tenant.",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(createUserInput) },
      responses: { "201": ok(userSchema, "Created"), ...errors, "409": ok(errorSchema, "CONFLICT: another user has that username") },
    },
  },
  "/tenants/{id}/users/import": {
    post: {
      summary: "Import users from CSV text or JSON rows (users:manage)",
      description:
        "Every row is checked and every problem reported with its line (the header is line 1). With mode allOrNothing " +
        "(default) one bad row imports nothing and the answer is 400 with details.errors; with validRowsOnly the good rows " +
        "are imported and the bad ones listed in errors. The CSV file itself may also be sent with Content-Type text/csv " +
        "(and ?mode=validRowsOnly).",
      requestParams: tenantPath,
      requestBody: { content: { ...jsonContent(importUsersInput), "text/csv": { schema: z.string() } } },
      responses: { "201": ok(importResultSchema, "Imported"), ...errors },
    },
  },
  "/tenants/{id}/users/{userId}": {
    get: { summary: "One user with their licenses", requestParams: userPath, responses: { "200": ok(userSchema), ...errors } },
    patch: {
      summary: "Edit a user (users:manage)",
      description:
        "A new usage location or PSTN connectivity must still suit the licenses the user holds; otherwise the same refusal " +
        "as an assignment is returned (for example COUNTRY_NOT_AVAILABLE for a Calling Plan user moved to a country without Calling Plans).",
      requestParams: userPath,
      requestBody: { content: jsonContent(updateUserInput) },
      responses: { "200": ok(userSchema), ...errors, ...refusals },
    },
    delete: {
      summary: "Delete a user; their licenses are freed (users:manage)",
      requestParams: userPath,
      responses: { "204": { description: "Deleted" }, ...errors },
    },
  },
  "/tenants/{id}/users/{userId}/assignLicense": {
    post: {
      summary: "Graph's assignLicense: add and remove licenses in one all-or-nothing change (licenses:assign)",
      description:
        "addLicenses items name a sku by skuPartNumber (sku) or Graph GUID (skuId), with optional disabledPlans; removeLicenses " +
        "lists skus or GUIDs. The whole change is decided at once, so E3 + Phone System + a Calling Plan can be added together. " +
        "Adding a license the user holds only updates its disabledPlans; removing one they don't hold does nothing.",
      requestParams: userPath,
      requestBody: { content: jsonContent(assignLicenseInput) },
      responses: { "200": ok(userSchema, "The user after the change"), ...errors, ...refusals },
    },
  },
  "/tenants/{id}/users/{userId}/licenseDetails": {
    get: {
      summary: "Graph's licenseDetails for one user",
      requestParams: userPath,
      responses: { "200": ok(z.object({ value: z.array(licenseDetailsSchema) })), ...errors },
    },
  },
  "/tenants/{id}/subscribedSkus": {
    get: {
      summary: "Graph's subscribedSkus: seats bought (prepaidUnits) and assigned (consumedUnits) per sku",
      description: "Communications Credits have no seat limit: prepaidUnits.enabled is 10000 and unlimited is true.",
      requestParams: tenantPath,
      responses: { "200": ok(z.object({ value: z.array(subscribedSkuSchema) })), ...errors },
    },
  },
  "/tenants/{id}/licenses": {
    get: {
      summary: "Seats per sku with the first holders, and phone number capacity (R-NUM-USER, R-NUM-SVC)",
      requestParams: tenantPath,
      responses: { "200": ok(licenseOverviewSchema), ...errors },
    },
  },
  "/tenants/{id}/licenses/bulk": {
    post: {
      summary: "The same license change for many users, all or nothing (licenses:assign)",
      description:
        "Every user is decided first, seats counted across the batch. If any user is refused nobody is changed: the error has " +
        "the first refused user's code, ruleId and remedies, and details holds the per-user report (ok, added, removed, error). " +
        "With dryRun: true the report is returned with 200 and nothing is written.",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(bulkLicenseInput) },
      responses: { "200": ok(bulkReportSchema, "Applied (or, with dryRun, what would happen)"), ...errors, ...refusals },
    },
  },
};
