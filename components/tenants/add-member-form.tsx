"use client";

import { useActionState } from "react";
import { addMemberAction } from "@/lib/actions/tenants";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { ROLE_LABELS, ROLES } from "@/lib/domain/roles";

export function AddMemberForm({ tenantId }: { tenantId: string }) {
  const [state, action, pending] = useActionState(addMemberAction.bind(null, tenantId), initialFormState);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end" noValidate>
      <TextField label="Sign-in email" name="email" type="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <SelectField
        label="Role"
        name="role"
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        defaultValue={state.values?.role ?? "GLOBAL_READER"}
        errors={state.fieldErrors?.role}
      />
      <Button type="submit" disabled={pending} className="mb-5">
        {pending ? "Adding…" : "Add"}
      </Button>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
