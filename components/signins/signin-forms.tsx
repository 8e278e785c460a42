"use client";

import { useActionState, useState, useTransition } from "react";
import { toast } from "sonner";
import {
  bulkSignInsAction,
  changePasswordAction,
  createSignInAction,
  resetSignInPasswordAction,
  setSignInDisabledAction,
  type SignInsFormState,
} from "@/lib/actions/signins";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Created = NonNullable<SignInsFormState["created"]>;

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** New sign-ins and their passwords, shown once, with a CSV to hand out. */
export function CreatedPasswords({ created }: { created: Created }) {
  const download = () => {
    const csv = ["email,name,password", ...created.map((c) => [c.email, c.name, c.password].map(csvCell).join(","))].join("\n");
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "sign-ins.csv";
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="rounded border border-brand-100 bg-brand-50 p-3 text-sm" data-testid="created-passwords">
      <p className="font-semibold">Passwords (shown once)</p>
      <table className="mt-2 w-full text-left text-xs">
        <caption className="sr-only">New sign-ins and their passwords</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Password</th>
          </tr>
        </thead>
        <tbody>
          {created.map((c) => (
            <tr key={c.email}>
              <td className="py-1 pr-2">{c.email}</td>
              <td className="py-1 font-mono">{c.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="button" variant="ghost" className="mt-2" onClick={download}>
        Download CSV
      </Button>
    </div>
  );
}

export function CreateSignInForm({ canChooseRole }: { canChooseRole: boolean }) {
  const [state, action, pending] = useActionState(createSignInAction, {} as SignInsFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField
        label="Email"
        name="email"
        type="email"
        defaultValue={state.ok ? "" : state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField label="Name" name="name" defaultValue={state.ok ? "" : state.values?.name} errors={state.fieldErrors?.name} />
      {canChooseRole && (
        <SelectField
          label="Instance role"
          name="instanceRole"
          defaultValue={state.values?.instanceRole ?? "member"}
          options={[
            { value: "member", label: "Member (trainee)" },
            { value: "trainer", label: "Trainer" },
            { value: "owner", label: "Owner" },
          ]}
        />
      )}
      <FormMessage state={state} />
      {state.ok && state.created && <CreatedPasswords created={state.created} />}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create sign-in"}
      </Button>
    </form>
  );
}

export function BulkSignInsForm() {
  const [state, action, pending] = useActionState(bulkSignInsAction, {} as SignInsFormState);
  const rowErrors = state.fieldErrors?.list ?? [];
  return (
    <form action={action} className="space-y-3" noValidate>
      <div>
        <label htmlFor="list" className="block text-sm font-medium">
          Paste one sign-in per line: email, name
        </label>
        <textarea
          id="list"
          name="list"
          rows={6}
          defaultValue={state.ok ? "" : state.values?.list}
          aria-describedby="list-errors"
          aria-invalid={rowErrors.length ? true : undefined}
          placeholder={"ana@school.test, Ana Lima\nben@school.test, Ben Okafor"}
          className="mt-1 w-full rounded border border-neutral-300 px-2 py-1 font-mono text-xs"
        />
      </div>
      <div>
        <label htmlFor="file" className="block text-sm font-medium">
          …or choose a CSV file (email,name)
        </label>
        <input id="file" name="file" type="file" accept=".csv,text/csv,text/plain" className="mt-1 text-sm" />
      </div>
      <FormMessage state={{ ...state, fieldErrors: undefined }} />
      {rowErrors.length > 0 && (
        <ul id="list-errors" className="list-disc pl-5 text-xs text-red-700" aria-label="Rows to fix">
          {rowErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {state.ok && state.created && <CreatedPasswords created={state.created} />}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create all"}
      </Button>
    </form>
  );
}

export function SignInRowActions({ id, email, disabled }: { id: string; email: string; disabled: boolean }) {
  const [pending, start] = useTransition();
  const [reset, setReset] = useState<Created | null>(null);
  return (
    <div className="flex flex-wrap items-center justify-end gap-1">
      <Button
        type="button"
        variant="ghost"
        disabled={pending}
        aria-label={`${disabled ? "Enable" : "Disable"} ${email}`}
        onClick={() =>
          start(async () => {
            const r = await setSignInDisabledAction(id, !disabled);
            if (r.ok) toast.success(r.message ?? "Saved");
            else toast.error(r.message ?? "Not saved");
          })
        }
      >
        {disabled ? "Enable" : "Disable"}
      </Button>
      <Button
        type="button"
        variant="ghost"
        disabled={pending}
        aria-label={`Reset password of ${email}`}
        onClick={() => {
          if (!window.confirm(`Give ${email} a new password? Its sessions and tokens end now.`)) return;
          start(async () => {
            const r = await resetSignInPasswordAction(id);
            if (r.ok && r.created) setReset(r.created);
            else toast.error(r.message ?? "Not reset");
          });
        }}
      >
        Reset password
      </Button>
      {reset && (
        <div className="w-full text-left">
          <CreatedPasswords created={reset} />
        </div>
      )}
    </div>
  );
}

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        errors={state.fieldErrors?.newPassword}
      />
      <TextField
        label="New password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.confirmPassword}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
