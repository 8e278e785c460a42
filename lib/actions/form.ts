import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/errors";
import { AppError } from "@/lib/domain/errors";
import type { TenantAccess } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getTenantAccess } from "@/lib/services/tenants";
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

/**
 * The skeleton every tenant form action shares: the signed-in actor (or the sign-in page, coming back to
 * `path`), the form's values, the actor's access to the tenant, and a refusal (AppError) turned into form state.
 * `run` parses (returning `invalid(...)` for bad input), calls the service and returns the success state;
 * it may also revalidate and redirect (a redirect is not an AppError, so it passes through).
 */
export async function tenantAction<S = FormState>(
  tenantId: string,
  opts: { path?: string; formData?: FormData; fail?: (err: unknown, values: Record<string, string>) => S },
  run: (access: TenantAccess, values: Record<string, string>) => Promise<S>,
): Promise<S> {
  const actor = await requireActor(opts.path ?? `/tenants/${tenantId}`);
  const values = opts.formData ? formValues(opts.formData) : {};
  try {
    return await run(await getTenantAccess(actor, tenantId), values);
  } catch (err) {
    if (opts.fail) return opts.fail(err, values);
    return failed(err, opts.formData ? values : undefined) as S;
  }
}
