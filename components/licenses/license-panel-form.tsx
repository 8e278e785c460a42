"use client";

import { useActionState } from "react";
import { saveUserLicensesAction } from "@/lib/actions/users";
import { Button } from "@/components/ui/button";
import { ReasonBox } from "@/components/billing/reason-box";
import type { LicenseFormState } from "@/lib/actions/form-state";

export interface LicenseOptionView {
  sku: string;
  name: string;
  kind: "plan" | "addon";
  held: boolean;
  purchased: number | null;
  assigned: number;
  available: number | null;
  unlimited: boolean;
}

function seatsText(o: LicenseOptionView): string {
  if (o.unlimited) return "Unlimited licenses";
  const available = Math.max(0, o.available ?? 0);
  return `${available} of ${o.purchased ?? 0} available`;
}

/**
 * The user's Product licenses: one checkbox per license the tenant owns. Saving sends every change at once,
 * so licenses that depend on each other (E3 + Phone System + a Calling Plan) go through together.
 */
export function LicensePanelForm({
  tenantId,
  userId,
  options,
  canAssign,
}: {
  tenantId: string;
  userId: string;
  options: LicenseOptionView[];
  canAssign: boolean;
}) {
  const [state, action, pending] = useActionState(saveUserLicensesAction.bind(null, tenantId, userId), {} as LicenseFormState);
  const selected = new Set(state.selected ?? options.filter((o) => o.held).map((o) => o.sku));
  // Remount the checkboxes when the server answers so they show what was saved (or what was tried).
  const key = JSON.stringify(state.selected ?? null) + String(state.ok);
  if (options.length === 0) {
    return <p className="text-sm text-neutral-600">This tenant owns no licenses yet. Buy a plan or add-ons first.</p>;
  }
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <fieldset key={key} disabled={!canAssign || pending}>
        <legend className="sr-only">Licenses for this user</legend>
        <ul className="divide-y divide-neutral-100 rounded border border-neutral-200">
          {options.map((o) => (
            <li key={o.sku} className="flex items-center justify-between gap-4 px-3 py-2.5">
              <label className="flex items-center gap-3 text-sm">
                <input type="hidden" name="offered" value={o.sku} />
                <input type="checkbox" name="sku" value={o.sku} defaultChecked={selected.has(o.sku)} className="h-4 w-4 accent-brand-600" />
                <span>
                  <span className="font-medium">{o.name}</span>
                  <span className="ml-2 rounded bg-neutral-100 px-1.5 py-0.5 text-xs text-neutral-600">
                    {o.kind === "plan" ? "Plan" : "Add-on"}
                  </span>
                </span>
              </label>
              <span
                className={`shrink-0 text-xs ${!o.unlimited && (o.available ?? 0) <= 0 && !o.held ? "text-amber-800" : "text-neutral-600"}`}
              >
                {seatsText(o)}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      {canAssign ? (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save licenses"}
          </Button>
          <span className="text-xs text-neutral-600">All changes are applied together, or none is.</span>
        </div>
      ) : (
        <p className="text-sm text-neutral-600">Your role can see licenses but not change them.</p>
      )}
      <div aria-live="polite">
        {state.ok && state.message && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
            {state.message}
          </p>
        )}
        {state.refusal && (
          <ReasonBox
            reason={state.refusal}
            tenantId={tenantId}
            title="These licenses weren't saved"
            alert
            context={{ userId, onUserPage: true }}
          />
        )}
      </div>
    </form>
  );
}
