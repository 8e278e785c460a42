import { z } from "zod";
import { errorSchema } from "@/lib/validation/responses";

/** Shared pieces of the OpenAPI path objects (lib/api/openapi*.ts). */
export const jsonContent = (schema: z.ZodType) => ({ "application/json": { schema } });
export const ok = (schema: z.ZodType, description = "OK") => ({ description, content: jsonContent(schema) });
export const errorResponse = (description: string) => ok(errorSchema, description);

export const commonErrors = {
  "400": errorResponse("VALIDATION_FAILED: details names each field"),
  "401": errorResponse("UNAUTHENTICATED"),
  "403": errorResponse("FORBIDDEN: the caller's role may not do this"),
  "404": errorResponse("NOT_FOUND, also for a tenant the caller may not see"),
};

export const tenantPath = { path: z.object({ id: z.string().meta({ description: "Tenant id" }) }) };
