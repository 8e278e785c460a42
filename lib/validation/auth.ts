import { z } from "zod";

export const credentialsInput = z
  .object({
    email: z.email("Enter a valid email address").trim().toLowerCase(),
    password: z.string().min(1, "Enter your password").max(200),
  })
  .meta({ id: "Credentials" });

export const createTokenInput = credentialsInput
  .extend({
    name: z.string().trim().min(1).max(60).optional(),
    expiresInDays: z.number().int().min(1).max(365).optional(),
  })
  .strict()
  .meta({ id: "CreateToken" });

export const tokenNameInput = z.object({
  name: z.string().trim().min(1, "Give the token a name").max(60, "Use at most 60 characters"),
  expiresInDays: z.coerce.number().int().min(1).max(365).default(30),
});
