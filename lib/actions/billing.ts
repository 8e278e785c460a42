"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changeSeats, purchase, switchPlan } from "@/lib/services/purchases";
import { updateTenant } from "@/lib/services/tenants";
import { seatChangeInput, seatPurchaseInput, switchPlanInput } from "@/lib/validation/purchases";
import { updateTenantInput } from "@/lib/validation/tenants";
import { idempotencyKeyOf } from "@/lib/validation/idempotency";
import { fromDigits } from "@/lib/validation/primitives";
import type { FormState } from "@/lib/actions/form-state";
import { invalid, tenantAction } from "./form";

/** Checkout: the idempotency key comes from the form, so a double-click or a retry buys once. */
export async function purchaseAction(tenantId: string, sku: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: `/tenants/${tenantId}/billing/buy/${sku}`, formData }, async (access, values) => {
    const parsed = seatPurchaseInput.safeParse({ sku, quantity: fromDigits(values.quantity) });
    if (!parsed.success) return invalid(parsed.error, values);
    const { value } = await purchase(access, parsed.data, idempotencyKeyOf(values.idempotencyKey));
    revalidatePath(`/tenants/${tenantId}`, "layout");
    const unlocks = value.unlocks.length ? `?unlocks=${value.unlocks.join(",")}` : "";
    redirect(`/tenants/${tenantId}/billing/purchases/${value.purchase.id}${unlocks}`);
  });
}

export async function changeSeatsAction(
  tenantId: string,
  subscriptionId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return tenantAction(tenantId, { path: `/tenants/${tenantId}/billing/subscriptions`, formData }, async (access, values) => {
    const parsed = seatChangeInput.safeParse({ quantity: fromDigits(values.quantity) });
    if (!parsed.success) return invalid(parsed.error, values);
    const sub = await changeSeats(access, subscriptionId, parsed.data.quantity);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: `Seats updated: ${sub.quantity} purchased, ${sub.assigned} assigned.`, values };
  });
}

export async function switchPlanAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: `/tenants/${tenantId}/billing/switch-plan`, formData }, async (access, values) => {
    const parsed = switchPlanInput.safeParse({ to: values.to });
    if (!parsed.success) return invalid(parsed.error, values);
    await switchPlan(access, parsed.data.to);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    redirect(`/tenants/${tenantId}/billing/subscriptions?switched=${parsed.data.to}`);
  });
}

const BOOLEAN_FLAGS = [
  "monthlyCommitmentBlocksAddOns",
  "canadaCallingPlansPreview",
  "creditsInBahrainBrazilBrunei",
  "phoneSystemOn21Vianet",
] as const;

/** Settings: the tenant's situation and policy flags, so QA can put it in any documented case. */
export async function updateSettingsAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: `/tenants/${tenantId}/settings`, formData }, async (access, values) => {
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
    await updateTenant(access, parsed.data);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: "Settings saved. Offers have been re-evaluated for the new situation.", values };
  });
}
