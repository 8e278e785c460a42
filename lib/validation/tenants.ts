import { z } from "zod";
import { wholeNumber } from "./primitives";
import { channel, cloud, commitment, countryCode, orgType, planSku, policyInput, tenantName } from "./common";
import { ROLES } from "@/lib/domain/roles";

export const createTenantInput = z
  .object({
    name: tenantName,
    country: countryCode,
    orgType: orgType.default("commercial"),
    cloud: cloud.default("worldwide"),
    channel: channel.default("direct"),
    commitment: commitment.default("annual"),
    plan: planSku.nullable().default(null),
    seats: wholeNumber({ min: 1, max: 100_000, noun: "seats", minMessage: "At least 1 seat" }).default(25),
    policy: policyInput.optional(),
  })
  .strict()
  .meta({ id: "CreateTenant" });
export type CreateTenantInput = z.infer<typeof createTenantInput>;

export const updateTenantInput = z
  .object({
    name: tenantName,
    country: countryCode,
    orgType,
    cloud,
    channel,
    commitment,
    policy: policyInput,
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .meta({ id: "UpdateTenant" });
export type UpdateTenantInput = z.infer<typeof updateTenantInput>;

export const addMemberInput = z
  .object({
    email: z.email("Enter a valid email address").trim().toLowerCase(),
    role: z.enum(ROLES),
  })
  .strict()
  .meta({ id: "AddMember" });
export type AddMemberInput = z.infer<typeof addMemberInput>;
