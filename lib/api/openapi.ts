import { z } from "zod";
import { createDocument } from "zod-openapi";
import { creditsPaths } from "./openapi-credits";
import { usersPaths } from "./openapi-users";
import { createTokenInput } from "@/lib/validation/auth";
import { addMemberInput, createTenantInput, updateTenantInput } from "@/lib/validation/tenants";
import {
  auditEventSchema,
  catalogSchema,
  countrySchema,
  errorSchema,
  memberSchema,
  tenantStateSchema,
  tenantSummarySchema,
  tokenSchema,
} from "@/lib/validation/responses";

const jsonContent = (schema: z.ZodType) => ({ "application/json": { schema } });
const ok = (schema: z.ZodType, description = "OK") => ({ description, content: jsonContent(schema) });
const errors = {
  "400": ok(errorSchema, "VALIDATION_FAILED: details names each field"),
  "401": ok(errorSchema, "UNAUTHENTICATED"),
  "403": ok(errorSchema, "FORBIDDEN: the caller's role may not do this"),
  "404": ok(errorSchema, "NOT_FOUND, also for a tenant the caller may not see"),
};
const tenantPath = { path: z.object({ id: z.string().meta({ description: "Tenant id" }) }) };

/** The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the handlers use. */
export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Billing Sandbox API",
      version: "1.0.0",
      description:
        "A simulated Office 365 admin center (Billing for Skype for Business and Teams add-ons). " +
        "Money is a decimal string in US dollars. Authenticate with `Authorization: Bearer <token>` from POST /tokens.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    security: [{ bearer: [] }],
    paths: {
      ...usersPaths,
      ...creditsPaths,
      "/tokens": {
        post: {
          summary: "Create an API token from a sign-in's email and password",
          security: [],
          requestBody: { content: jsonContent(createTokenInput) },
          responses: { "201": ok(tokenSchema, "Created; the token is shown only now"), "400": errors["400"], "401": errors["401"] },
        },
        get: { summary: "List your tokens (never the token itself)", responses: { "200": { description: "OK" }, "401": errors["401"] } },
      },
      "/tokens/{tokenId}": {
        delete: {
          summary: "Revoke a token",
          requestParams: { path: z.object({ tokenId: z.string() }) },
          responses: { "204": { description: "Revoked" }, "401": errors["401"], "404": errors["404"] },
        },
      },
      "/catalog": {
        get: { summary: "Every plan and add-on SKU", security: [], responses: { "200": ok(catalogSchema) } },
      },
      "/countries": {
        get: { summary: "The 86-country availability table", security: [], responses: { "200": ok(z.array(countrySchema)) } },
      },
      "/tenants": {
        get: {
          summary: "Tenants the caller is a member of",
          responses: { "200": ok(z.object({ tenants: z.array(tenantSummarySchema) })), "401": errors["401"] },
        },
        post: {
          summary: "Create a sandbox tenant; the caller becomes its Global admin",
          requestBody: { content: jsonContent(createTenantInput) },
          responses: { "201": ok(tenantStateSchema, "Created"), "400": errors["400"], "401": errors["401"] },
        },
      },
      "/tenants/{id}": {
        get: { summary: "Tenant state", requestParams: tenantPath, responses: { "200": ok(tenantStateSchema), ...errors } },
        patch: {
          summary: "Rename or change settings and policy flags",
          requestParams: tenantPath,
          requestBody: { content: jsonContent(updateTenantInput) },
          responses: { "200": ok(tenantStateSchema), ...errors },
        },
        delete: { summary: "Delete the tenant", requestParams: tenantPath, responses: { "204": { description: "Deleted" }, ...errors } },
      },
      "/tenants/{id}/reset": {
        post: {
          summary: "Bring the tenant back to the state it was created in",
          requestParams: tenantPath,
          responses: { "200": ok(tenantStateSchema), ...errors },
        },
      },
      "/tenants/{id}/events": {
        get: {
          summary: "Audit trail, newest first",
          requestParams: { ...tenantPath, query: z.object({ limit: z.number().int().min(1).max(500).optional() }) },
          responses: { "200": ok(z.object({ events: z.array(auditEventSchema) })), ...errors },
        },
      },
      "/tenants/{id}/members": {
        get: { summary: "Sign-ins with a role in this tenant", requestParams: tenantPath, responses: { "200": ok(z.object({ members: z.array(memberSchema) })), ...errors } },
        post: {
          summary: "Give another sign-in a role (Global admin only)",
          requestParams: tenantPath,
          requestBody: { content: jsonContent(addMemberInput) },
          responses: { "201": ok(memberSchema), ...errors },
        },
      },
    },
  });
}
