"use client";

import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "@/lib/actions/tokens";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SecretField } from "@/components/ui/secret-field";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, {} as TokenFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField
        label="Token name"
        name="name"
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
        placeholder="QA scripts"
      />
      <TextField
        label="Expires in (days)"
        name="expiresInDays"
        type="number"
        min={1}
        max={365}
        defaultValue={state.values?.expiresInDays ?? "30"}
        errors={state.fieldErrors?.expiresInDays}
      />
      <FormMessage state={state} />
      {state.token && (
        <div className="rounded border border-brand-100 bg-brand-50 p-3">
          <SecretField id="new-token" label="Your new token" value={state.token} copied="Token copied" />
        </div>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create token"}
      </Button>
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="ghost"
      disabled={pending}
      aria-label={`Revoke ${name}`}
      onClick={() => {
        if (!window.confirm(`Revoke the token "${name}"? Scripts using it will stop working.`)) return;
        start(async () => {
          const result = await revokeTokenAction(tokenId);
          if (result.ok) toast.success(result.message ?? "Token revoked");
          else toast.error(result.message ?? "The token could not be revoked");
        });
      }}
    >
      {pending ? "Revoking…" : "Revoke"}
    </Button>
  );
}
