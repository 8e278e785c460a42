"use client";

import { useActionState } from "react";
import { simulateCallAction } from "@/lib/actions/credits";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";
import { CALL_TYPE_OPTIONS } from "./options";

export function SimulatedCallForm({ tenantId, users }: { tenantId: string; users: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(simulateCallAction.bind(null, tenantId), initialFormState);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Simulated call">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="User" name="userId" options={users.map((u) => ({ value: u.id, label: u.label }))} defaultValue={v?.userId} errors={state.fieldErrors?.userId} hint="The caller, or the meeting organizer for meeting calls." />
        <SelectField label="Call type" name="type" options={CALL_TYPE_OPTIONS} defaultValue={v?.type ?? "tollFreeDialIn"} errors={state.fieldErrors?.type} />
        <TextField label="Minutes" name="minutes" type="number" min={1} max={10000} step={1} defaultValue={v?.minutes ?? "60"} errors={state.fieldErrors?.minutes} />
        <TextField label="Destination country" name="destinationCountry" maxLength={2} placeholder="US" defaultValue={v?.destinationCountry ?? ""} errors={state.fieldErrors?.destinationCountry} hint="Optional two-letter code; decides domestic or international." />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Calling…" : "Place call"}
      </Button>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}
