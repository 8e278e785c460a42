import { z } from "zod";
import { text } from "./primitives";

/** POST /api/v1/tenants/{id}/app-registrations */
export const appRegistrationInput = z
  .object({ displayName: text().trim().min(1).max(120).meta({ example: "Licensing script" }) })
  .strict()
  .meta({ id: "AppRegistrationInput" });
export type AppRegistrationInput = z.output<typeof appRegistrationInput>;

/** POST /{tenantId}/oauth2/v2.0/token (form-encoded), the OAuth 2.0 client-credentials grant. */
export const tokenRequestInput = z
  .object({
    grant_type: z.literal("client_credentials"),
    client_id: text().min(1).max(100),
    client_secret: text().min(1).max(200),
    scope: z.literal("https://graph.microsoft.com/.default"),
  })
  .meta({ id: "TokenRequest" });
export type TokenRequestInput = z.output<typeof tokenRequestInput>;
