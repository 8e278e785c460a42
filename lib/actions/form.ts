import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/errors";
import { AppError } from "@/lib/domain/errors";
import type { FormState } from "@/lib/actions/form-state";

/** FormData -> plain strings, kept so a failed form can show what was typed. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  return values;
}

export function invalid(error: z.ZodError, values: Record<string, string>): FormState {
  return {
    ok: false,
    message: "Some fields need attention.",
    fieldErrors: fieldErrors(error),
    values,
  };
}

/** Map a thrown AppError to form state; anything else is a bug and goes to error.tsx. */
export function failed(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof AppError) {
    const details = err.body.details as Record<string, string[]> | undefined;
    return {
      ok: false,
      message: err.body.message,
      code: err.body.code,
      remedies: err.body.remedies,
      ruleId: err.body.ruleId,
      doc: err.body.doc,
      fieldErrors: err.body.code === "VALIDATION_FAILED" ? details : undefined,
      values,
    };
  }
  throw err;
}
