"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { addMember, createTenant, deleteTenant, getTenantAccess, resetTenant, updateTenant } from "@/lib/services/tenants";
import { addMemberInput, createTenantInput, updateTenantInput } from "@/lib/validation/tenants";
import type { FormState } from "@/components/ui/form-message";
import { failed, formValues, invalid } from "./form";
import { splitPolicyFields } from "./policy-fields";

export async function createTenantAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const { rest, policy } = splitPolicyFields(values);
  const parsed = createTenantInput.safeParse({
    ...rest,
    plan: rest.plan ? rest.plan : null,
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
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = updateTenantInput.safeParse({ name: values.name });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await updateTenant(await getTenantAccess(actor, tenantId), parsed.data);
  } catch (err) {
    return failed(err, values);
  }
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return { ok: true, message: "Tenant renamed.", values };
}

export async function deleteTenantAction(tenantId: string): Promise<FormState> {
  const actor = await requireActor();
  try {
    await deleteTenant(await getTenantAccess(actor, tenantId));
  } catch (err) {
    return failed(err);
  }
  revalidatePath("/tenants");
  redirect("/tenants?deleted=1");
}

export async function resetTenantAction(tenantId: string): Promise<FormState> {
  const actor = await requireActor();
  try {
    await resetTenant(await getTenantAccess(actor, tenantId));
  } catch (err) {
    return failed(err);
  }
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return { ok: true, message: "The tenant is back to the state it was created in." };
}

export async function addMemberAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = addMemberInput.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const member = await addMember(await getTenantAccess(actor, tenantId), parsed.data);
    revalidatePath(`/tenants/${tenantId}/settings`);
    return { ok: true, message: `${member.email} now has access to this tenant.` };
  } catch (err) {
    return failed(err, values);
  }
}
