"use client";

import { useActionState, useState } from "react";
import { updateAutoRechargeAction } from "@/lib/actions/credits";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";
import { PAYMENT_METHOD_OPTIONS } from "./options";
import { SwitchField } from "./switch-field";

export function AutoRechargeForm({
  tenantId,
  settings,
}: {
  tenantId: string;
  settings: { enabled: boolean; threshold: string; amount: string; paymentMethod: string };
}) {
  const [state, action, pending] = useActionState(updateAutoRechargeAction.bind(null, tenantId), initialFormState);
  const [enabled, setEnabled] = useState(settings.enabled);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Auto-recharge settings">
      <SwitchField name="autoRecharge" label="Auto-recharge" checked={enabled} onChange={setEnabled} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Recharge with"
          name="rechargeAmount"
          inputMode="decimal"
          defaultValue={v?.rechargeAmount ?? settings.amount}
          errors={state.fieldErrors?.rechargeAmount}
          disabled={!enabled}
        />
        <TextField
          label="When the balance falls below"
          name="threshold"
          inputMode="decimal"
          defaultValue={v?.threshold ?? settings.threshold}
          errors={state.fieldErrors?.threshold}
          disabled={!enabled}
        />
      </div>
      {/* Disabled inputs don't post; keep the saved values when auto-recharge is off. */}
      {!enabled && (
        <>
          <input type="hidden" name="rechargeAmount" value={settings.amount} />
          <input type="hidden" name="threshold" value={settings.threshold} />
        </>
      )}
      <SelectField
        label="Payment method"
        name="paymentMethod"
        options={PAYMENT_METHOD_OPTIONS}
        defaultValue={v?.paymentMethod ?? settings.paymentMethod}
        hint="Simulated card used for recharges."
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save auto-recharge"}
      </Button>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}
