"use server";

import { revalidatePath } from "next/cache";
import { addFunds } from "@/lib/services/credits/funds";
import { simulateCall } from "@/lib/services/credits/calls";
import { updateAutoRecharge } from "@/lib/services/credits/auto-recharge";
import { advanceTenantClock } from "@/lib/services/clock";
import { saveSnapshot } from "@/lib/services/snapshots";
import { purchase } from "@/lib/services/purchases";
import { autoRechargeUpdateInput, clockAdvanceInput, fundsInput, usageInput } from "@/lib/validation/credits";
import { creditsPurchaseInput } from "@/lib/validation/purchases";
import { idempotencyKeyOf } from "@/lib/validation/idempotency";
import { fromDigits } from "@/lib/validation/primitives";
import type { FormState } from "@/lib/actions/form-state";
import { failed, invalid, tenantAction } from "./form";
import { formatUsdAmount } from "@/lib/domain/money";

function creditsPath(tenantId: string) {
  return `/tenants/${tenantId}/billing/credits`;
}

function refresh(tenantId: string) {
  revalidatePath(`/tenants/${tenantId}`, "layout");
}

/** Sign-up form fields -> the MCOPSTNC purchase (the same service as POST /purchases). */
export async function signUpCreditsAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: creditsPath(tenantId), formData }, async (access, values) => {
    const autoOn = values.autoRecharge === "on";
    const parsed = creditsPurchaseInput.safeParse({
      sku: "MCOPSTNC",
      amount: values.amount?.trim(),
      paymentMethod: values.paymentMethod,
      ...(autoOn ? { autoRecharge: { enabled: true, amount: values.rechargeAmount?.trim(), threshold: values.threshold?.trim() } } : {}),
    });
    if (!parsed.success) {
      const state = invalid(parsed.error, values);
      // Nested auto-recharge errors under the form's own field names.
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "autoRecharge" && (issue.path[1] === "amount" || issue.path[1] === "threshold")) {
          const field = issue.path[1] === "amount" ? "rechargeAmount" : "threshold";
          state.fieldErrors = { ...state.fieldErrors, [field]: [issue.message] };
        }
      }
      return state;
    }
    await purchase(access, parsed.data, idempotencyKeyOf(values.idempotencyKey));
    refresh(tenantId);
    return { ok: true, message: "Communications Credits are set up and the funds are in." };
  });
}

export async function addFundsAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: creditsPath(tenantId), formData }, async (access, values) => {
    const parsed = fundsInput.safeParse({ amount: values.amount?.trim() });
    if (!parsed.success) return invalid(parsed.error, values);
    // A key per rendered form: a double click adds the funds once.
    const result = await addFunds(access, parsed.data, idempotencyKeyOf(values.idempotencyKey));
    refresh(tenantId);
    const body = result.value;
    return { ok: true, message: `Added ${formatUsdAmount(body.amount)}. The balance is now ${formatUsdAmount(body.balanceAfter)}.` };
  });
}

export async function updateAutoRechargeAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const fail = (err: unknown, values: Record<string, string>) => {
    const state = failed(err, values);
    if (state.fieldErrors?.amount) state.fieldErrors = { ...state.fieldErrors, rechargeAmount: state.fieldErrors.amount };
    return state;
  };
  return tenantAction(tenantId, { path: creditsPath(tenantId), formData, fail }, async (access, values) => {
    const parsed = autoRechargeUpdateInput.safeParse({
      enabled: values.autoRecharge === "on",
      threshold: values.threshold?.trim(),
      amount: values.rechargeAmount?.trim(),
      paymentMethod: values.paymentMethod,
    });
    if (!parsed.success) {
      const state = invalid(parsed.error, values);
      const errors = state.fieldErrors ?? {};
      state.fieldErrors = { ...errors, ...(errors.amount ? { rechargeAmount: errors.amount } : {}) };
      return state;
    }
    await updateAutoRecharge(access, parsed.data);
    refresh(tenantId);
    return { ok: true, message: "Auto-recharge settings saved.", values };
  });
}

export async function simulateCallAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: creditsPath(tenantId), formData }, async (access, values) => {
    const parsed = usageInput.safeParse({
      userId: values.userId,
      type: values.type,
      minutes: fromDigits(values.minutes),
      ...(values.destinationCountry?.trim() ? { destinationCountry: values.destinationCountry } : {}),
    });
    if (!parsed.success) return invalid(parsed.error, values);
    const r = await simulateCall(access, parsed.data);
    refresh(tenantId);
    const parts = [
      r.coveredByPlan > 0 ? `${r.coveredByPlan} min from the Calling Plan pool` : null,
      r.charged !== "0.00" ? `${formatUsdAmount(r.charged)} from credits` : null,
    ].filter(Boolean);
    const paid = parts.length > 0 ? parts.join(" and ") : "no charge";
    const recharge = r.autoRecharged
      ? " Auto-recharge topped up the balance."
      : r.autoRechargeFailed
        ? " Auto-recharge failed: see the notifications."
        : "";
    return { ok: true, message: `Call placed: ${paid}. Balance ${formatUsdAmount(r.balance)}.${recharge}`, values };
  });
}

export async function advanceClockAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: creditsPath(tenantId), formData }, async (access, values) => {
    const parsed = clockAdvanceInput.safeParse({ days: fromDigits(values.days) });
    if (!parsed.success) return invalid(parsed.error, values);
    if (values.saveFirst === "on") await saveSnapshot(access, { name: `Before advancing ${parsed.data.days} days` });
    const r = await advanceTenantClock(access, parsed.data.days);
    refresh(tenantId);
    const date = new Date(r.now).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });
    const happened = r.events.length === 0 ? "Nothing else happened." : r.events.map((e) => e.description).join(" ");
    return { ok: true, message: `The sandbox clock now shows ${date}. ${happened}`, values };
  });
}
