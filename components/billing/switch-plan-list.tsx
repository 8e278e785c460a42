"use client";

import { useActionState } from "react";
import { switchPlanAction } from "@/lib/actions/billing";
import { formatUsdDisplay } from "@/lib/domain/money";
import type { SwitchTargetView } from "@/lib/validation/responses";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";
import { ReasonBox } from "./reason-box";
import { skuLabel } from "./labels";

function signed(cents: number): string {
  if (cents === 0) return "No change";
  return `${cents > 0 ? "+" : "−"}${formatUsdDisplay(Math.abs(cents))}`;
}

export function SwitchPlanList({
  tenantId,
  current,
  targets,
  canSwitch,
  highlight,
}: {
  tenantId: string;
  current: string;
  targets: SwitchTargetView[];
  canSwitch: boolean;
  highlight?: string;
}) {
  return (
    <ul className="space-y-4" aria-label="Plans you can switch to">
      {targets.map((t) => (
        <li
          key={t.to}
          aria-label={t.name}
          className={`rounded-md border bg-white p-4 shadow-sm ${highlight === t.to ? "border-brand-600 ring-2 ring-brand-100" : "border-neutral-200"}`}
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h3 className={`font-semibold ${t.allowed ? "" : "text-neutral-500"}`}>{t.name}</h3>
              <p className="text-xs text-neutral-600">
                {t.includes.length
                  ? `Includes: ${t.includes.map(skuLabel).join(", ")}`
                  : `${t.name} on its own: no email, Office apps or other services`}
              </p>
            </div>
            <p className="text-right text-sm">
              <span className="font-semibold">{signed(t.perSeatMonthlyDifferenceCents)}</span> per license per month
              <br />
              <span className="text-xs text-neutral-600">{signed(t.monthlyDifferenceCents)} per month for your licenses</span>
            </p>
          </div>
          {t.allowed && t.effect ? (
            <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
              <ul className="list-disc pl-5 text-sm text-neutral-700">
                <li>
                  {t.effect.carriedSeats} {skuLabel(current)} licenses become {t.name} licenses; {t.effect.usersMoving} assigned user
                  {t.effect.usersMoving === 1 ? "" : "s"} keep a license.
                </li>
                {t.effect.redundantAddOns.length > 0 && (
                  <li className="text-amber-900">
                    Already included in {t.name}, so your add-on becomes redundant: {t.effect.redundantAddOns.map(skuLabel).join(", ")}.
                  </li>
                )}
                {t.effect.leavesGoDaddy && <li>You leave GoDaddy: Microsoft bills this plan directly.</li>}
              </ul>
              {canSwitch && <SwitchButton tenantId={tenantId} to={t.to} name={t.name} from={skuLabel(current)} />}
            </div>
          ) : (
            t.reason && (
              <div className="mt-3">
                <ReasonBox reason={t.reason} tenantId={tenantId} compact />
              </div>
            )
          )}
        </li>
      ))}
    </ul>
  );
}

function SwitchButton({ tenantId, to, name, from }: { tenantId: string; to: string; name: string; from: string }) {
  const [state, action, pending] = useActionState(switchPlanAction.bind(null, tenantId), initialFormState);
  return (
    <form className="space-y-2">
      <input type="hidden" name="to" value={to} />
      <ConfirmButton
        label={`Switch to ${name}`}
        title={`Switch from ${from} to ${name}?`}
        confirmLabel="Switch plan"
        variant="primary"
        formAction={action}
        pending={pending}
      >
        Your licenses and the users holding them move to the new plan. This is a sandbox: you can reset the tenant afterwards.
      </ConfirmButton>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}
