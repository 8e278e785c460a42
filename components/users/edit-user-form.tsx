"use client";

import { useActionState } from "react";
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
  return (
    <form action={action} className="space-y-4" noValidate>
      <UserFields values={state.values ?? user} errors={state.fieldErrors} countries={countries} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save details"}
      </Button>
    </form>
  );
}
