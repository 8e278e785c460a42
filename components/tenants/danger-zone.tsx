"use client";

import { useActionState } from "react";
import { deleteTenantAction, resetTenantAction } from "@/lib/actions/tenants";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";

export function ResetTenantForm({ tenantId }: { tenantId: string }) {
  const [state, action, pending] = useActionState(async () => resetTenantAction(tenantId), initialFormState);
  return (
    <form className="space-y-2">
      <ConfirmButton
        label="Reset tenant"
        title="Reset this tenant?"
        confirmLabel="Reset"
        variant="primary"
        formAction={action}
        pending={pending}
      >
        Purchases, users, licenses and credits go back to how they were when the tenant was created. The activity log is kept.
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}

export function DeleteTenantForm({ tenantId, name }: { tenantId: string; name: string }) {
  const [state, action, pending] = useActionState(async () => deleteTenantAction(tenantId), initialFormState);
  return (
    <form className="space-y-2">
      <ConfirmButton label="Delete tenant" title={`Delete ${name}?`} confirmLabel="Delete for good" formAction={action} pending={pending}>
        The tenant, its users, licenses, credits and activity log are removed for every member. This can&apos;t be undone.
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
