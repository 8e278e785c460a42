"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { cancelSubscription } from "@/lib/services/cancel";
import { getTenantAccess } from "@/lib/services/tenants";
import type { FormState } from "@/lib/actions/form-state";
import { failed } from "./form";

/** Billing > Subscriptions > Cancel (SBX-CANCEL): the service decides; refusals come back with their remedies. */
export async function cancelSubscriptionAction(tenantId: string, subscriptionId: string): Promise<FormState> {
  const actor = await requireActor(`/tenants/${tenantId}/billing/subscriptions`);
  try {
    await cancelSubscription(await getTenantAccess(actor, tenantId), subscriptionId);
  } catch (err) {
    return failed(err, {});
  }
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return { ok: true, message: "Subscription cancelled." };
}
