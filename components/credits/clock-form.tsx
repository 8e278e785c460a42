"use client";

import { useActionState } from "react";
import { advanceClockAction } from "@/lib/actions/credits";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";

export function ClockForm({ tenantId }: { tenantId: string }) {
  const [state, action, pending] = useActionState(advanceClockAction.bind(null, tenantId), initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Sandbox clock">
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-40">
          <TextField
            label="Advance by (days)"
            name="days"
            type="number"
            min={1}
            max={1000}
            step={1}
            defaultValue={state.values?.days ?? "30"}
            errors={state.fieldErrors?.days}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending} className="mt-6">
          {pending ? "Advancing…" : "Advance clock"}
        </Button>
      </div>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}
