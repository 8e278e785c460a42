import { z } from "zod";
import { PHONE_NUMBER_KINDS } from "@/lib/domain/phone-numbers";
import { countryCode } from "./common";
import { text, wholeNumber } from "./primitives";

export const phoneNumberKind = z
  .enum(PHONE_NUMBER_KINDS)
  .meta({ description: "user (for Calling Plan users), serviceToll or serviceTollFree" });

export const acquireNumbersInput = z
  .object({
    kind: phoneNumberKind,
    country: countryCode,
    quantity: wholeNumber({
      min: 1,
      max: 100,
      noun: "numbers",
      minMessage: "Ask for at least 1 number",
      maxMessage: "Ask for at most 100 numbers at a time",
    }),
  })
  .strict()
  .meta({ id: "AcquirePhoneNumbers" });
export type AcquireNumbersInput = z.output<typeof acquireNumbersInput>;

export const assignNumberInput = z
  .object({
    assignedTo: text()
      .min(1, "Pick a user")
      .max(100)
      .nullable()
      .meta({ description: "The user id to give the number to, or null to take it back" }),
  })
  .strict()
  .meta({ id: "AssignPhoneNumber" });

export const phoneNumberSchema = z
  .object({ id: z.string(), number: z.string(), kind: phoneNumberKind, country: z.string(), assignedTo: z.string().nullable() })
  .meta({ id: "PhoneNumber" });

export const phoneNumbersSchema = z
  .object({
    capacity: z.object({ user: z.number().int(), serviceToll: z.number().int(), serviceTollFree: z.number().int() }),
    numbers: z.array(phoneNumberSchema),
  })
  .meta({ id: "PhoneNumbers" });
