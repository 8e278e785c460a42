"use client";

import { useActionState } from "react";
import { deleteUserAction } from "@/lib/actions/users";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";

export function DeleteUserForm({
  tenantId,
  userId,
  name,
  licenseCount,
}: {
  tenantId: string;
  userId: string;
  name: string;
  licenseCount: number;
}) {
  const [state, action, pending] = useActionState(async () => deleteUserAction(tenantId, userId), initialFormState);
  return (
    <form className="space-y-2">
      <ConfirmButton label="Delete user" title={`Delete ${name}?`} confirmLabel="Delete user" formAction={action} pending={pending}>
        {licenseCount > 0
          ? `The user and their ${licenseCount} ${licenseCount === 1 ? "license" : "licenses"} are removed; the seats become free for someone else.`
          : "The user is removed from this tenant."}{" "}
        This can&apos;t be undone.
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
