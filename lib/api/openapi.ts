import { z } from "zod";
import { createDocument } from "zod-openapi";
import { creditsPaths } from "./openapi-credits";
import { usersPaths } from "./openapi-users";
import { accountsPaths } from "./openapi-accounts";
import { whatIfPaths } from "./openapi-what-if";
import { phoneNumberPaths } from "./openapi-phone-numbers";
import { snapshotPaths } from "./openapi-snapshots";
import { scenarioPaths } from "./openapi-scenarios";
import { graphPaths } from "./openapi-graph";
import { commonErrors, jsonContent, ok, tenantPath } from "./openapi-helpers";
import { createTokenInput } from "@/lib/validation/auth";
import { addMemberInput, createTenantInput, updateTenantInput } from "@/lib/validation/tenants";
import { purchaseInput, seatChangeInput, switchPlanInput } from "@/lib/validation/purchases";
import {
  auditEventSchema,
  catalogSchema,
  countrySchema,
  errorSchema,
  memberSchema,
  tenantStateSchema,
  tenantSummarySchema,
  tokenSchema,
  offerSchema,
  purchaseResultSchema,
  subscriptionSchema,
  switchResultSchema,
  switchTargetsSchema,
} from "@/lib/validation/responses";

const errors = commonErrors;

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
      ...whatIfPaths,
      ...phoneNumberPaths,
      ...snapshotPaths,
      ...scenarioPaths,
      ...accountsPaths,
      ...graphPaths,
      "/tokens": {
        post: {
          summary: "Create an API token from a sign-in's email and password",
          security: [],
          requestBody: { content: jsonContent(createTokenInput) },
          responses: {
            "201": ok(tokenSchema, "Created; the token is shown only now"),
            "400": errors["400"],
            "401": errors["401"],
            "429": ok(errorSchema, "TOO_MANY_ATTEMPTS: too many wrong passwords for this email or from this client; see Retry-After"),
          },
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
      "/tenants/{id}/offers": {
        get: {
          summary: "One offer per plan and add-on sku: available, included or blocked, with every reason in evaluation order",
          requestParams: tenantPath,
          responses: { "200": ok(z.object({ offers: z.array(offerSchema) })), ...errors },
        },
      },
      "/tenants/{id}/purchases": {
        post: {
          summary: "Buy seats of a sku, or set up Communications Credits (MCOPSTNC) with a first funding",
          requestParams: {
            ...tenantPath,
            header: z.object({
              "Idempotency-Key": z
                .string()
                .max(200)
                .optional()
                .meta({ description: "Same key and body: the first answer again; same key, other body: 409" }),
            }),
          },
          requestBody: { content: jsonContent(purchaseInput) },
          responses: {
            "201": ok(purchaseResultSchema, "Bought (or the first answer replayed, with header Idempotent-Replayed: true)"),
            ...errors,
            "402": ok(errorSchema, "PAYMENT_DECLINED: the simulated card for a Communications Credits sign-up was declined or has expired"),
            "409": ok(errorSchema, "IDEMPOTENCY_KEY_REUSED"),
            "422": ok(
              errorSchema,
              "A rule refuses it: NO_BASE_PLAN, CLOUD_21VIANET, RESELLER_GODADDY, MONTHLY_COMMITMENT, PARTNER_E3_SEAT_REQUIRED, ALREADY_INCLUDED, PLAN_SWITCH_REQUIRED, PREREQUISITE_MISSING, COUNTRY_NOT_AVAILABLE, AMOUNT_BELOW_MINIMUM",
            ),
          },
        },
      },
      "/tenants/{id}/subscriptions/{subscriptionId}": {
        patch: {
          summary: "Change a subscription's seat count",
          requestParams: { path: z.object({ id: z.string(), subscriptionId: z.string() }) },
          requestBody: { content: jsonContent(seatChangeInput) },
          responses: { "200": ok(subscriptionSchema), ...errors, "409": ok(errorSchema, "SEATS_IN_USE") },
        },
        delete: {
          summary: "Cancel an add-on subscription (or a room's standalone Skype for Business licenses)",
          requestParams: { path: z.object({ id: z.string(), subscriptionId: z.string() }) },
          responses: {
            "204": { description: "Cancelled; Communications Credits are turned off when it was their subscription" },
            ...errors,
            "409": ok(
              errorSchema,
              "SEATS_IN_USE while its licenses are assigned; DEPENDENCY_VIOLATION while another owned add-on needs it (a Calling Plan on Phone System, credits on Audio Conferencing or Phone System + Calling Plan)",
            ),
          },
        },
      },
      "/tenants/{id}/switch-plan": {
        get: {
          summary: "Plans the tenant may switch to, with includes, price difference and effect",
          requestParams: tenantPath,
          responses: { "200": ok(switchTargetsSchema), ...errors },
        },
        post: {
          summary: "Switch the base plan; seats and their users move to the target",
          requestParams: tenantPath,
          requestBody: { content: jsonContent(switchPlanInput) },
          responses: { "200": ok(switchResultSchema), ...errors, "422": ok(errorSchema, "A rule refuses the switch") },
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
        get: {
          summary: "Sign-ins with a role in this tenant",
          requestParams: tenantPath,
          responses: { "200": ok(z.object({ members: z.array(memberSchema) })), ...errors },
        },
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
