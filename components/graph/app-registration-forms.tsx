"use client";

import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { createAppRegistrationAction, revokeAppRegistrationAction, type AppRegistrationFormState } from "@/lib/actions/app-registrations";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SecretField } from "@/components/ui/secret-field";

export function CreateAppRegistrationForm({ tenantId }: { tenantId: string }) {
  const [state, action, pending] = useActionState(createAppRegistrationAction.bind(null, tenantId), {} as AppRegistrationFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField
        label="App name"
        name="displayName"
        defaultValue={state.values?.displayName}
        errors={state.fieldErrors?.displayName}
        placeholder="Licensing script"
      />
      <FormMessage state={state} />
      {state.clientSecret && (
        <div className="space-y-2 rounded border border-brand-100 bg-brand-50 p-3">
          <SecretField id="new-client-id" label="Client id" value={state.clientId ?? ""} copyable={false} />
          <SecretField
            id="new-client-secret"
            label="Client secret (shown once)"
            value={state.clientSecret}
            copyLabel="Copy secret"
            copied="Secret copied"
          />
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Registering…" : "Register app"}
      </Button>
    </form>
  );
}

export function RevokeAppRegistrationButton({ tenantId, appId, name }: { tenantId: string; appId: string; name: string }) {
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="ghost"
      disabled={pending}
      aria-label={`Revoke ${name}`}
      onClick={() => {
        if (!window.confirm(`Revoke "${name}"? Its tokens stop working at once.`)) return;
        start(async () => {
          const result = await revokeAppRegistrationAction(tenantId, appId);
          if (result.ok) toast.success(result.message ?? "Revoked");
          else toast.error(result.message ?? "The app registration could not be revoked");
        });
      }}
    >
      {pending ? "Revoking…" : "Revoke"}
    </Button>
  );
}
