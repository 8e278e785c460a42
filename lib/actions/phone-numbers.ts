"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { acquirePhoneNumbers, assignPhoneNumber, releasePhoneNumber } from "@/lib/services/phone-numbers";
import { fromDigits } from "@/lib/validation/primitives";
import { acquireNumbersInput, assignNumberInput } from "@/lib/validation/phone-numbers";
import { failed, invalid, tenantAction } from "./form";

const path = (tenantId: string) => `/tenants/${tenantId}/billing/phone-numbers`;

/** Billing > Phone numbers > Get numbers: the service decides (capacity, credits, country); refusals carry remedies. */
export async function acquireNumbersAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: path(tenantId), formData }, async (access, values) => {
    const parsed = acquireNumbersInput.safeParse({ ...values, quantity: fromDigits(values.quantity) });
    if (!parsed.success) return invalid(parsed.error, values);
    try {
      const numbers = await acquirePhoneNumbers(access, parsed.data);
      revalidatePath(path(tenantId));
      return {
        ok: true,
        message: `Added ${numbers.length} number${numbers.length === 1 ? "" : "s"}: ${numbers.map((n) => n.number).join(", ")}.`,
      };
    } catch (err) {
      return failed(err, values);
    }
  });
}

export async function releaseNumberAction(tenantId: string, numberId: string): Promise<FormState> {
  return tenantAction(tenantId, { path: path(tenantId) }, async (access) => {
    try {
      await releasePhoneNumber(access, numberId);
    } catch (err) {
      return failed(err, {});
    }
    revalidatePath(path(tenantId));
    return { ok: true, message: "Number released." };
  });
}

export async function assignNumberAction(tenantId: string, numberId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: path(tenantId), formData }, async (access, values) => {
    const parsed = assignNumberInput.safeParse({ assignedTo: values.assignedTo ? values.assignedTo : null });
    if (!parsed.success) return invalid(parsed.error, values);
    try {
      await assignPhoneNumber(access, numberId, parsed.data.assignedTo);
    } catch (err) {
      return failed(err, values);
    }
    revalidatePath(path(tenantId));
    return { ok: true, message: parsed.data.assignedTo ? "Number assigned." : "Number unassigned." };
  });
}
