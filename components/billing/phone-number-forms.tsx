"use client";

import { useActionState } from "react";
import { acquireNumbersAction, assignNumberAction, releaseNumberAction } from "@/lib/actions/phone-numbers";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert } from "./form-alert";

const KINDS = [
  { value: "user", label: "User numbers (for Calling Plan users)" },
  { value: "serviceToll", label: "Service numbers, toll" },
  { value: "serviceTollFree", label: "Service numbers, toll-free" },
];

/** Get numbers: kind, country, how many; confirmed before the service decides. */
export function AcquireNumbersForm({
  tenantId,
  countries,
  defaultCountry,
}: {
  tenantId: string;
  countries: { value: string; label: string }[];
  defaultCountry: string;
}) {
  const [state, action, pending] = useActionState(acquireNumbersAction.bind(null, tenantId), initialFormState);
  const v = state.values ?? {};
  return (
    <form className="space-y-3" aria-label="Get phone numbers">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Kind" name="kind" options={KINDS} defaultValue={v.kind ?? "user"} errors={state.fieldErrors?.kind} />
        <SelectField
          label="Country"
          name="country"
          options={countries}
          defaultValue={v.country ?? defaultCountry}
          errors={state.fieldErrors?.country}
        />
        <TextField
          label="How many"
          name="quantity"
          inputMode="numeric"
          defaultValue={v.quantity ?? "1"}
          errors={state.fieldErrors?.quantity}
        />
      </div>
      <ConfirmButton
        label="Get numbers"
        title="Get these phone numbers?"
        confirmLabel="Get numbers"
        variant="primary"
        formAction={action}
        pending={pending}
        closeOnConfirm
      >
        The numbers are added to this tenant if the licenses leave room for them. Toll-free numbers also need Communications Credits to be
        set up.
      </ConfirmButton>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}

export function ReleaseNumberForm({ tenantId, numberId, number }: { tenantId: string; numberId: string; number: string }) {
  const [state, action, pending] = useActionState(async () => releaseNumberAction(tenantId, numberId), initialFormState);
  return (
    <form className="flex flex-col items-end gap-1">
      <ConfirmButton
        label={`Release ${number}`}
        title={`Release ${number}?`}
        confirmLabel="Release number"
        formAction={action}
        pending={pending}
        closeOnConfirm
      >
        The number goes back and this tenant no longer holds it. A number that is assigned to a user has to be unassigned first.
      </ConfirmButton>
      <div className="max-w-sm text-left">
        <FormAlert state={state} tenantId={tenantId} />
      </div>
    </form>
  );
}

export function AssignNumberForm({
  tenantId,
  numberId,
  number,
  assignedTo,
  users,
}: {
  tenantId: string;
  numberId: string;
  number: string;
  assignedTo: string | null;
  users: { value: string; label: string }[];
}) {
  const [state, action, pending] = useActionState(assignNumberAction.bind(null, tenantId, numberId), initialFormState);
  const field = `assignedTo-${numberId}`;
  return (
    <form action={action} className="flex flex-col gap-1" aria-label={`Assign ${number}`}>
      <div className="flex items-end gap-2">
        <div className="min-w-48">
          <label htmlFor={field} className="sr-only">
            User for {number}
          </label>
          {/* Keyed by the saved value: React 19 resets a form after its action, and the select must then show who holds the number. */}
          <select
            key={assignedTo ?? ""}
            id={field}
            name="assignedTo"
            defaultValue={assignedTo ?? ""}
            className="block w-full rounded border border-neutral-300 bg-white px-2 py-1 text-sm"
          >
            <option value="">Nobody</option>
            {users.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          Save
        </Button>
      </div>
      <FormAlert state={state} tenantId={tenantId} />
    </form>
  );
}
