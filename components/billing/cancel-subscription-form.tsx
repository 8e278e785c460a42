"use client";

import { useActionState } from "react";
import { cancelSubscriptionAction } from "@/lib/actions/cancel";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { initialFormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/billing/form-alert";

/** Cancel an add-on subscription after a confirmation; a refusal (seats in use, a dependent add-on) shows its remedies. */
export function CancelSubscriptionForm({ tenantId, subscriptionId, label }: { tenantId: string; subscriptionId: string; label: string }) {
  const [state, action, pending] = useActionState(async () => cancelSubscriptionAction(tenantId, subscriptionId), initialFormState);
  return (
    <form className="mt-2 flex flex-col items-end gap-1">
      <ConfirmButton
        label={`Cancel ${label}`}
        title={`Cancel ${label}?`}
        confirmLabel="Cancel subscription"
        formAction={action}
        pending={pending}
      >
        The subscription and its licenses go away. It can only be cancelled once no user holds one of its licenses and no other add-on you
        own needs it.
      </ConfirmButton>
      <div className="max-w-sm text-left">
        <FormAlert state={state} tenantId={tenantId} />
      </div>
    </form>
  );
}
