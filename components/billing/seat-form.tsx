"use client";

import { useActionState } from "react";
import { changeSeatsAction } from "@/lib/actions/billing";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";

export function SeatForm({
  tenantId,
  subscriptionId,
  quantity,
  label,
}: {
  tenantId: string;
  subscriptionId: string;
  quantity: number;
  label: string;
}) {
  const [state, action, pending] = useActionState(changeSeatsAction.bind(null, tenantId, subscriptionId), initialFormState);
  const id = `seats-${subscriptionId}`;
  return (
    <form action={action} className="flex flex-col items-end gap-1" noValidate>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Licenses of {label}
        </label>
        <input
          id={id}
          name="quantity"
          type="number"
          min={1}
          defaultValue={state.values?.quantity ?? quantity}
          className="w-20 rounded border border-neutral-300 px-2 py-1 text-right text-sm"
          aria-describedby={`${id}-msg`}
          aria-invalid={state.ok === false ? true : undefined}
        />
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`Update licenses of ${label}`}>
          {pending ? "Saving…" : "Update"}
        </Button>
      </div>
      <div id={`${id}-msg`} className="max-w-sm text-left">
        {state.fieldErrors?.quantity && <p className="text-xs text-red-700">{state.fieldErrors.quantity.join(" ")}</p>}
        <FormAlert state={state} tenantId={tenantId} />
      </div>
    </form>
  );
}
