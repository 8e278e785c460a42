"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { UserFields } from "./user-fields";

/** `defaultCountry`: the tenant's country, the usage location most new users have (it can be changed or cleared). */
export function AddUserForm({
  tenantId,
  countries,
  defaultCountry,
}: {
  tenantId: string;
  countries: { value: string; label: string }[];
  defaultCountry: string;
}) {
  const [state, action, pending] = useActionState(createUserAction.bind(null, tenantId), initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <UserFields values={state.values ?? { usageLocation: defaultCountry }} errors={state.fieldErrors} countries={countries} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </Button>
    </form>
  );
}
