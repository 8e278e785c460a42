// OpenAPI paths of app registrations and the Graph token endpoint (issue 13); merged in lib/api/openapi.ts.
// The /graph/v1.0 surface itself follows Microsoft Graph's own contract and is documented in the README.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { commonErrors, ok, jsonContent, tenantPath } from "./openapi-helpers";
import { appRegistrationInput, tokenRequestInput } from "@/lib/validation/graph";
import { faultsInput, faultsView } from "@/lib/validation/faults";

const appRegistrationSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    clientId: z.string().meta({ description: "GUID; the client_id of the token request" }),
    secretHint: z.string().meta({ description: "First characters of the secret, to recognise it" }),
    createdBy: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "AppRegistration" });

export const graphPaths: ZodOpenApiPathsObject = {
  "/tenants/{id}/app-registrations": {
    get: {
      summary: "List the tenant's Graph app registrations (never their secrets). Global admin",
      requestParams: tenantPath,
      responses: { "200": ok(z.object({ value: z.array(appRegistrationSchema) })), ...commonErrors },
    },
    post: {
      summary: "Register a Graph client for this tenant: answers clientId and clientSecret, the secret only now. Global admin",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(appRegistrationInput) },
      responses: {
        "201": ok(appRegistrationSchema.extend({ clientSecret: z.string() }), "Created; clientSecret is shown only now"),
        ...commonErrors,
      },
    },
  },
  "/tenants/{id}/app-registrations/{appId}": {
    delete: {
      summary: "Revoke an app registration and every token it holds. Global admin",
      requestParams: { path: z.object({ id: z.string(), appId: z.string().meta({ description: "Registration id or clientId" }) }) },
      responses: { "204": { description: "Revoked" }, ...commonErrors },
    },
  },
  "/tenants/{id}/faults": {
    get: {
      summary: "The tenant's sandbox faults (everyone in the tenant; SBX-FAULT-ROLE)",
      requestParams: tenantPath,
      responses: { "200": ok(faultsView), ...commonErrors },
    },
    put: {
      summary:
        "Set sandbox faults: decline the next card charges, add latency, throttle Graph every Nth request, fail the next requests with 500 or 503. A field left out keeps its value; 0 or null turns it off. Global admin (SBX-FAULT-ROLE)",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(faultsInput) },
      responses: { "200": ok(faultsView), ...commonErrors },
    },
    delete: {
      summary: "Clear every sandbox fault. Global admin (SBX-FAULT-ROLE)",
      requestParams: tenantPath,
      responses: { "204": { description: "Cleared" }, ...commonErrors },
    },
  },
  "/{tenantId}/oauth2/v2.0/token": {
    servers: [{ url: "/" }],
    post: {
      summary: "OAuth 2.0 client-credentials token for /graph/v1.0, bound to this tenant (outside /api/v1, at the site root)",
      security: [],
      requestParams: { path: z.object({ tenantId: z.string() }) },
      requestBody: { content: { "application/x-www-form-urlencoded": { schema: tokenRequestInput } } },
      responses: {
        "200": ok(z.object({ token_type: z.literal("Bearer"), expires_in: z.number().int(), access_token: z.string() })),
        "400": ok(
          z.object({ error: z.string(), error_description: z.string() }),
          "invalid_request, unsupported_grant_type or invalid_scope",
        ),
        "401": ok(z.object({ error: z.literal("invalid_client"), error_description: z.string() }), "invalid_client"),
      },
    },
  },
};
