"use server";

import { revalidatePath } from "next/cache";
import { clearFaults, setFaults } from "@/lib/services/faults";
import { faultsInput } from "@/lib/validation/faults";
import { fromDigits } from "@/lib/validation/primitives";
import type { FormState } from "@/lib/actions/form-state";
import { invalid, tenantAction } from "./form";

/** Settings > Sandbox faults (issue 13). A blank or 0 count turns a fault off, as 0 or null does in the API. */
function toInput(v: Record<string, string>) {
  const off = (s: string | undefined) => s === undefined || s.trim() === "" || s.trim() === "0";
  return {
    declineNextCharges: off(v.declineNextCharges) ? 0 : fromDigits(v.declineNextCharges),
    latencyMs: off(v.latencyMs) ? 0 : fromDigits(v.latencyMs),
    graphThrottle: off(v["graphThrottle.everyNth"])
      ? null
      : { everyNth: fromDigits(v["graphThrottle.everyNth"]), retryAfterSeconds: fromDigits(v["graphThrottle.retryAfterSeconds"] ?? "") },
    failNextRequests: off(v["failNextRequests.count"])
      ? null
      : { count: fromDigits(v["failNextRequests.count"]), status: fromDigits(v["failNextRequests.status"] ?? "") },
  };
}

export async function saveFaultsAction(tenantId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return tenantAction(tenantId, { path: `/tenants/${tenantId}/settings`, formData }, async (access, values) => {
    const parsed = faultsInput.safeParse(toInput(values));
    if (!parsed.success) return invalid(parsed.error, values);
    const saved = await setFaults(access, parsed.data);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: saved.active ? "Faults saved: they fire from the next request." : "Faults saved: none is active." };
  });
}

export async function clearFaultsAction(tenantId: string): Promise<FormState> {
  return tenantAction(tenantId, { path: `/tenants/${tenantId}/settings` }, async (access) => {
    await clearFaults(access);
    revalidatePath(`/tenants/${tenantId}`, "layout");
    return { ok: true, message: "Every fault cleared" };
  });
}
