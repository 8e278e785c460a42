"use client";

import { useActionState } from "react";
import { renameTenantAction } from "@/lib/actions/tenants";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";

export function RenameTenantForm({ tenantId, name }: { tenantId: string; name: string }) {
  const [state, action, pending] = useActionState(renameTenantAction.bind(null, tenantId), initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <TextField label="Tenant name" name="name" defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} required />
      </div>
      <Button type="submit" disabled={pending} className="mb-5">
        {pending ? "Saving…" : "Rename"}
      </Button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
