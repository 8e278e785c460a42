"use client";

import { useActionState, useEffect, useState } from "react";
import { addFundsAction } from "@/lib/actions/credits";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";
import { formatUsdAmount } from "@/lib/domain/money";

export function AddFundsForm({ tenantId, minimumFunding }: { tenantId: string; minimumFunding: string }) {
  const [state, action, pending] = useActionState(addFundsAction.bind(null, tenantId), initialFormState);
  // One Idempotency-Key per attempt: a double click adds the funds once; a new attempt gets a new key.
  const [key, setKey] = useState(() => crypto.randomUUID());
  useEffect(() => {
    if (state.ok) setKey(crypto.randomUUID());
  }, [state]);
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Add funds">
      <input type="hidden" name="idempotencyKey" value={key} />
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-40 flex-1">
          <TextField
            label="Amount"
            name="amount"
            inputMode="decimal"
            defaultValue={state.values?.amount ?? minimumFunding}
            errors={state.fieldErrors?.amount}
            hint={`At least ${formatUsdAmount(minimumFunding)}.`}
          />
        </div>
        <Button type="submit" disabled={pending} className="mt-6">
          {pending ? "Adding…" : "Add funds"}
        </Button>
      </div>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}
