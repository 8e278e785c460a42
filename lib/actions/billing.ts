"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { changeSeats, purchase, switchPlan } from "@/lib/services/purchases";
import { getTenantAccess, updateTenant } from "@/lib/services/tenants";
import { seatChangeInput, seatPurchaseInput, switchPlanInput } from "@/lib/validation/purchases";
import { updateTenantInput } from "@/lib/validation/tenants";
import type { FormState } from "@/components/ui/form-message";
import { failed, formValues, invalid } from "./form";

/** Checkout: the idempotency key comes from the form, so a double-click or a retry buys once. */
export async function purchaseAction(tenantId: string, sku: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/tenants/${tenantId}/billing/buy/${sku}`);
  const values = formValues(formData);
  const parsed = seatPurchaseInput.safeParse({ sku, quantity: Number(values.quantity) });
  if (!parsed.success) return invalid(parsed.error, values);
  let result;
  try {
    result = await purchase(await getTenantAccess(actor, tenantId), parsed.data, values.idempotencyKey || undefined);
  } catch (err) {
    return failed(err, values);
  }
  revalidatePath(`/tenants/${tenantId}`, "layout");
  const body = result.body as { purchase: { id: string }; unlocks: string[] };
  const unlocks = body.unlocks.length ? `?unlocks=${body.unlocks.join(",")}` : "";
  redirect(`/tenants/${tenantId}/billing/purchases/${body.purchase.id}${unlocks}`);
}

export async function changeSeatsAction(tenantId: string, subscriptionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/tenants/${tenantId}/billing/subscriptions`);
  const values = formValues(formData);
  const parsed = seatChangeInput.safeParse({ quantity: Number(values.quantity) });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const sub = await changeSeats(await getTenantAccess(actor, tenantId), subscriptionId, parsed.data.quantity);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: `Seats updated: ${sub.quantity} purchased, ${sub.assigned} assigned.`, values };
  } catch (err) {
    return failed(err, values);
  }
}

export async function switchPlanAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/tenants/${tenantId}/billing/switch-plan`);
  const values = formValues(formData);
  const parsed = switchPlanInput.safeParse({ to: values.to });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await switchPlan(await getTenantAccess(actor, tenantId), parsed.data.to);
  } catch (err) {
    return failed(err, values);
  }
  revalidatePath(`/tenants/${tenantId}`, "layout");
  redirect(`/tenants/${tenantId}/billing/subscriptions?switched=${parsed.data.to}`);
}

const BOOLEAN_FLAGS = ["monthlyCommitmentBlocksAddOns", "canadaCallingPlansPreview", "creditsInBahrainBrazilBrunei", "phoneSystemOn21Vianet"] as const;

/** Settings: the tenant's situation and policy flags, so QA can put it in any documented case. */
export async function updateSettingsAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/tenants/${tenantId}/settings`);
  const values = formValues(formData);
  const policy: Record<string, unknown> = {
    sfbPlan2PhoneSystem: values.sfbPlan2PhoneSystem,
    minimumFundingUsd: values.minimumFundingUsd,
    callingPlanPurchaseCountry: values.callingPlanPurchaseCountry,
    diPoolExhaustion: values.diPoolExhaustion,
  };
  for (const flag of BOOLEAN_FLAGS) policy[flag] = values[flag] === "on";
  const parsed = updateTenantInput.safeParse({
    country: values.country,
    orgType: values.orgType,
    cloud: values.cloud,
    channel: values.channel,
    commitment: values.commitment,
    policy,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await updateTenant(await getTenantAccess(actor, tenantId), parsed.data);
  } catch (err) {
    return failed(err, values);
  }
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return { ok: true, message: "Settings saved. Offers have been re-evaluated for the new situation.", values };
}
