// OpenAPI paths of sign-in management (issue 11, shared/api.md "Sign-ins"); merged in lib/api/openapi.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { commonErrors, errorResponse, jsonContent, ok } from "./openapi-helpers";
import { accountView, bulkAccountsInput, changePasswordInput, createAccountInput, patchAccountInput } from "@/lib/validation/accounts";

const conflict = { "409": errorResponse("CONFLICT: that email already has a sign-in (case-insensitive)") };
const createdAccount = accountView.extend({ password: z.string().meta({ description: "Shown this once" }) });
const bulkCreated = z.object({ created: z.array(z.object({ id: z.string(), email: z.string(), password: z.string() })) });

export const accountsPaths: ZodOpenApiPathsObject = {
  "/accounts": {
    get: {
      summary: "Sign-ins: an owner sees every one, a trainer those it created; a member is refused",
      responses: { "200": ok(z.array(accountView)), "401": commonErrors["401"], "403": commonErrors["403"] },
    },
    post: {
      summary: "Create a sign-in (a trainer: members only); a password is generated when none is given, shown once",
      requestBody: { content: jsonContent(createAccountInput) },
      responses: { "201": ok(createdAccount, "Created"), ...commonErrors, ...conflict },
    },
  },
  "/accounts/bulk": {
    post: {
      summary: "Create up to 500 member sign-ins at once, all or nothing; duplicate or malformed rows are each named in details",
      requestBody: { content: jsonContent(bulkAccountsInput) },
      responses: { "201": ok(bulkCreated, "Created; the passwords are shown only now"), ...commonErrors, ...conflict },
    },
  },
  "/accounts/{id}": {
    patch: {
      summary:
        "Rename, disable or enable, change the role of, or reset the password of a sign-in; disabling or a reset ends its sessions and tokens",
      requestParams: { path: z.object({ id: z.string().meta({ description: "Account id" }) }) },
      requestBody: { content: jsonContent(patchAccountInput) },
      responses: { "200": ok(accountView), ...commonErrors },
    },
  },
  "/account/password": {
    post: {
      summary: "Change your own password; every other session and token of yours stops working",
      requestBody: { content: jsonContent(changePasswordInput) },
      responses: { "204": { description: "Changed" }, "400": commonErrors["400"], "401": commonErrors["401"] },
    },
  },
};
