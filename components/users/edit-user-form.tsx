"use client";

import { useActionState, useEffect } from "react";
import { updateUserAction } from "@/lib/actions/users";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { UserFields, type UserFieldValues } from "./user-fields";

export function EditUserForm({
  tenantId,
  userId,
  user,
  countries,
}: {
  tenantId: string;
  userId: string;
  user: UserFieldValues;
  countries: { value: string; label: string }[];
}) {
  const [state, action, pending] = useActionState(updateUserAction.bind(null, tenantId, userId), initialFormState);
  // Arriving from a "Set the user's usage location" remedy elsewhere (…/users/{id}#usageLocation): focus the field.
  useEffect(() => {
    if (window.location.hash === "#usageLocation") document.getElementById("usageLocation")?.focus();
  }, []);
  return (
    <form action={action} className="space-y-4" noValidate>
      {/* After a save, show what the server stored (it trims and lower-cases); after a refusal, what was typed. */}
      <UserFields values={state.ok ? user : (state.values ?? user)} errors={state.fieldErrors} countries={countries} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save details"}
      </Button>
    </form>
  );
}
