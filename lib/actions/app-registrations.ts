"use server";

import { revalidatePath } from "next/cache";
import { createAppRegistration, revokeAppRegistration } from "@/lib/services/app-registrations";
import { appRegistrationInput } from "@/lib/validation/graph";
import type { FormState } from "@/lib/actions/form-state";
import { invalid, tenantAction } from "./form";

export type AppRegistrationFormState = FormState & { clientId?: string; clientSecret?: string };

export async function createAppRegistrationAction(
  tenantId: string,
  _prev: AppRegistrationFormState,
  formData: FormData,
): Promise<AppRegistrationFormState> {
  return tenantAction<AppRegistrationFormState>(tenantId, { path: `/tenants/${tenantId}/settings`, formData }, async (access, values) => {
    const parsed = appRegistrationInput.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const app = await createAppRegistration(access, parsed.data);
    revalidatePath(`/tenants/${tenantId}/settings`);
    return {
      ok: true,
      message: "App registered. Copy the secret now: it won't be shown again.",
      clientId: app.clientId,
      clientSecret: app.clientSecret,
    };
  });
}

export async function revokeAppRegistrationAction(tenantId: string, appId: string): Promise<FormState> {
  return tenantAction(tenantId, { path: `/tenants/${tenantId}/settings` }, async (access) => {
    await revokeAppRegistration(access, appId);
    revalidatePath(`/tenants/${tenantId}/settings`);
    return { ok: true, message: "App registration revoked" };
  });
}
