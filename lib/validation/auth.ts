import { z } from "zod";
import { text, wholeNumber, wholeNumberText } from "./primitives";

export const credentialsInput = z
  .object({
    email: z.email("Enter a valid email address").trim().toLowerCase(),
    password: text().min(1, "Enter your password").max(200),
  })
  .meta({ id: "Credentials" });

export const createTokenInput = credentialsInput
  .extend({
    name: text().trim().min(1).max(60).optional(),
    expiresInDays: wholeNumber({ min: 1, max: 365, noun: "days" }).optional(),
  })
  .strict()
  .meta({ id: "CreateToken" });

export const tokenNameInput = z.object({
  name: text().trim().min(1, "Give the token a name").max(60, "Use at most 60 characters"),
  expiresInDays: wholeNumberText({ min: 1, max: 365, noun: "days" }).default(30),
});
