"use client";

import { useActionState } from "react";
import { branchSnapshotAction, deleteSnapshotAction, restoreSnapshotAction } from "@/lib/actions/snapshots";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";

export interface TimelineItem {
  id: string;
  name: string;
  at: string;
  by: string;
  now: string;
}

const when = (iso: string) => `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
const day = (iso: string) => new Date(iso).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

function SavePointEntry({ tenantId, item, canRestore }: { tenantId: string; item: TimelineItem; canRestore: boolean }) {
  const [restored, restore, restoring] = useActionState(async () => restoreSnapshotAction(tenantId, item.id), initialFormState);
  const [branched, branch, branching] = useActionState(branchSnapshotAction.bind(null, tenantId, item.id), initialFormState);
  const [deleted, remove, deleting] = useActionState(async () => deleteSnapshotAction(tenantId, item.id), initialFormState);
  return (
    <li className="relative border-l-2 border-brand-600 pb-6 pl-5" aria-label={`Save point ${item.name}`}>
      <span className="absolute -left-[7px] top-1 h-3 w-3 rounded-full bg-brand-600" aria-hidden />
      <h3 className="font-semibold">{item.name}</h3>
      <p className="text-sm text-neutral-600">
        Saved {when(item.at)} by {item.by} · sandbox clock {day(item.now)}
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        {canRestore && (
          <form>
            <ConfirmButton
              label="Restore"
              title={`Restore "${item.name}"?`}
              confirmLabel="Restore"
              variant="primary"
              formAction={restore}
              pending={restoring}
            >
              Subscriptions, users, licenses, credits, the ledger and the clock go back to how they were at this save point. Everything
              since is replaced; the activity log keeps all of it and records the restore.
            </ConfirmButton>
          </form>
        )}
        <form action={branch} className="flex items-end gap-2" noValidate>
          <div className="w-56">
            <TextField
              label="New tenant name"
              name={`branch-${item.id}`}
              defaultValue={`${item.name} (branch)`.slice(0, 80)}
              errors={branched.fieldErrors?.name}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={branching}>
            {branching ? "Branching…" : "Branch into a new tenant"}
          </Button>
        </form>
        {canRestore && (
          <form>
            <ConfirmButton
              label="Delete"
              title={`Delete "${item.name}"?`}
              confirmLabel="Delete save point"
              formAction={remove}
              pending={deleting}
            >
              The save point goes; the tenant itself doesn&apos;t change.
            </ConfirmButton>
          </form>
        )}
      </div>
      <div className="mt-2 space-y-2">
        <FormMessage state={restored} />
        <FormMessage state={branched} />
        <FormMessage state={deleted} />
      </div>
    </li>
  );
}

export function Timeline({ tenantId, items, canRestore }: { tenantId: string; items: TimelineItem[]; canRestore: boolean }) {
  return (
    <ol className="mt-2">
      {items.map((item) => (
        <SavePointEntry key={item.id} tenantId={tenantId} item={item} canRestore={canRestore} />
      ))}
    </ol>
  );
}
