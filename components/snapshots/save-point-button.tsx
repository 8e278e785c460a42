"use client";

import { useActionState, useId, useRef } from "react";
import { saveSnapshotAction } from "@/lib/actions/snapshots";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";

/** The tenant header's "Save point" control: names the current state and keeps it on the Timeline. */
export function SavePointButton({ tenantId }: { tenantId: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [state, action, pending] = useActionState(saveSnapshotAction.bind(null, tenantId), initialFormState);
  return (
    <>
      <button
        type="button"
        onClick={() => ref.current?.showModal()}
        className="rounded border border-brand-100/60 px-2 py-0.5 text-xs font-semibold text-white hover:bg-brand-900"
      >
        Save point
      </button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-md p-0 text-neutral-900 shadow-xl backdrop:bg-black/40"
      >
        <form action={action} className="space-y-4 p-6" noValidate>
          <h2 id={titleId} className="text-lg font-semibold">
            Save this moment
          </h2>
          <p className="text-sm text-neutral-700">
            Keeps the tenant&apos;s whole state (subscriptions, users, licenses, credits, ledger and clock) so you can come back to it from
            the Timeline.
          </p>
          <TextField
            label="Save point name"
            name="savePointName"
            required
            maxLength={80}
            defaultValue={state.values?.savePointName ?? ""}
            errors={state.fieldErrors?.savePointName}
          />
          <FormMessage state={state} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => ref.current?.close()}>
              Close
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save"}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
