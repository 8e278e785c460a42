"use client";

import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { createAppRegistrationAction, revokeAppRegistrationAction, type AppRegistrationFormState } from "@/lib/actions/app-registrations";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

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
          <label htmlFor="new-client-id" className="text-xs font-semibold">
            Client id
          </label>
          <input
            id="new-client-id"
            readOnly
            value={state.clientId}
            className="w-full rounded border bg-white px-2 py-1 font-mono text-xs"
          />
          <label htmlFor="new-client-secret" className="text-xs font-semibold">
            Client secret (shown once)
          </label>
          <input
            id="new-client-secret"
            readOnly
            value={state.clientSecret}
            className="w-full rounded border bg-white px-2 py-1 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              void navigator.clipboard?.writeText(state.clientSecret!);
              toast.success("Secret copied");
            }}
          >
            Copy secret
          </Button>
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
