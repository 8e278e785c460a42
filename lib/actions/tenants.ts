"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { createTenant, deleteTenant, resetTenant, updateTenant } from "@/lib/services/tenants";
import { addMember } from "@/lib/services/members";
import { addMemberInput, createTenantInput, updateTenantInput } from "@/lib/validation/tenants";
import type { FormState } from "@/lib/actions/form-state";
import { failed, formValues, invalid, tenantAction } from "./form";
import { fromDigits } from "@/lib/validation/primitives";
import { splitPolicyFields } from "./policy-fields";

export async function createTenantAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const { rest, policy } = splitPolicyFields(values);
  const parsed = createTenantInput.safeParse({
    ...rest,
    plan: rest.plan ? rest.plan : null,
    seats: rest.seats === undefined ? undefined : fromDigits(rest.seats),
    ...(policy ? { policy } : {}),
  });
  if (!parsed.success) return invalid(parsed.error, values);
  let tenantId: string;
  try {
    tenantId = (await createTenant(actor, parsed.data)).id;
  } catch (err) {
    return failed(err, values);
  }
  revalidatePath("/tenants");
  redirect(`/tenants/${tenantId}`);
}

export async function renameTenantAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { formData }, async (access, values) => {
    const parsed = updateTenantInput.safeParse({ name: values.name });
    if (!parsed.success) return invalid(parsed.error, values);
    await updateTenant(access, parsed.data);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: "Tenant renamed.", values };
  });
}

export async function deleteTenantAction(tenantId: string): Promise<FormState> {
  return tenantAction(tenantId, {}, async (access) => {
    await deleteTenant(access);
    revalidatePath("/tenants");
    redirect("/tenants?deleted=1");
  });
}

export async function resetTenantAction(tenantId: string): Promise<FormState> {
  return tenantAction(tenantId, {}, async (access) => {
    await resetTenant(access);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: "The tenant is back to the state it was created in." };
  });
}

export async function addMemberAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { formData }, async (access, values) => {
    const parsed = addMemberInput.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const member = await addMember(access, parsed.data);
    revalidatePath(`/tenants/${tenantId}/settings`);
    return { ok: true, message: `${member.email} now has access to this tenant.` };
  });
}
