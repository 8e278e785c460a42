"use client";

import { useActionState } from "react";
import { importTenantAction } from "@/lib/actions/snapshots";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";

/** Upload a tenant document; when it is refused, every problem is listed against its JSON path. */
export function ImportTenantForm() {
  const [state, action, pending] = useActionState(importTenantAction, initialFormState);
  const problems = Object.entries(state.fieldErrors ?? {}).filter(([path]) => path !== "file");
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Import a tenant">
      <p className="text-sm text-neutral-700">
        A tenant document exported from any sandbox becomes a new tenant of yours, with you as Global admin.
      </p>
      <TextField label="Tenant document (.json)" name="file" type="file" accept="application/json,.json" errors={state.fieldErrors?.file} />
      <TextField label="Name (optional)" name="importName" maxLength={80} hint="Leave empty to keep the name in the document." />
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import tenant"}
      </Button>
      <div aria-live="polite">
        {state.message && !state.ok && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            <p className="font-medium">{state.message}</p>
            {problems.length > 0 && (
              <ul className="mt-2 space-y-1" aria-label="Problems in the document">
                {problems.map(([path, messages]) => (
                  <li key={path}>
                    <code className="rounded bg-white px-1 text-xs">{path}</code> {messages.join(" ")}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
