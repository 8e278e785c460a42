"use client";

import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { bulkLicensesAction } from "@/lib/actions/users";
import { Button } from "@/components/ui/button";
import { ReasonBox } from "@/components/billing/reason-box";
import type { BulkFormState } from "@/lib/actions/form-state";

export interface BulkUserOption {
  id: string;
  displayName: string;
  userPrincipalName: string;
  licenses: string;
}

/**
 * Assign one license to, or remove it from, the selected users. The server decides every user first and
 * changes nobody when one of them is refused; the report then says who and why.
 */
export function BulkLicenseForm({
  tenantId,
  skus,
  users,
}: {
  tenantId: string;
  skus: { value: string; label: string }[];
  users: BulkUserOption[];
}) {
  // Submitted by hand rather than through <form action>: React resets a form after its action, and the
  // admin's choice of license, operation and users must survive a refusal so they can adjust and retry.
  const [state, setState] = useState<BulkFormState>({});
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => setState(await bulkLicensesAction(tenantId, state, formData)));
  };
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const allOnPage = users.length > 0 && users.every((u) => selected.has(u.id));
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const failed = state.report?.filter((r) => !r.ok) ?? [];
  return (
    <form onSubmit={submit} className="space-y-4" aria-busy={pending}>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="bulk-sku" className="block text-sm font-medium text-neutral-800">
            License to assign or remove
          </label>
          <select id="bulk-sku" name="sku" className="mt-1 block rounded border border-neutral-300 bg-white px-3 py-2 text-sm shadow-sm">
            {skus.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          {state.fieldErrors?.sku && <p className="mt-1 text-xs text-red-700">{state.fieldErrors.sku.join(" ")}</p>}
        </div>
        <fieldset className="flex items-center gap-4 pb-2 text-sm">
          <legend className="sr-only">What to do</legend>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="operation" value="assign" defaultChecked className="accent-brand-600" /> Assign
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="operation" value="remove" className="accent-brand-600" /> Remove
          </label>
        </fieldset>
        <Button type="submit" disabled={pending || selected.size === 0}>
          {pending ? `Applying to ${selected.size} users…` : `Apply to ${selected.size} selected ${selected.size === 1 ? "user" : "users"}`}
        </Button>
      </div>
      {pending && (
        <div role="status" className="flex items-center gap-3 text-sm text-neutral-700">
          <progress aria-label="Applying the change" className="h-2 w-48" />
          Checking every selected user, then applying the change to all of them…
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label="Users to change">
          <thead className="border-b text-xs uppercase text-neutral-500">
            <tr>
              <th scope="col" className="w-10 py-2 pr-2">
                <input
                  type="checkbox"
                  aria-label="Select all users on this page"
                  checked={allOnPage}
                  onChange={() => setSelected(allOnPage ? new Set() : new Set(users.map((u) => u.id)))}
                  className="h-4 w-4 accent-brand-600"
                />
              </th>
              <th scope="col" className="py-2 pr-4">
                User
              </th>
              <th scope="col" className="py-2 pr-4">
                Username
              </th>
              <th scope="col" className="py-2">
                Licenses
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-neutral-100 last:border-0">
                <td className="py-1.5 pr-2">
                  <input
                    type="checkbox"
                    name="userId"
                    value={u.id}
                    checked={selected.has(u.id)}
                    onChange={() => toggle(u.id)}
                    aria-label={`Select ${u.displayName}`}
                    className="h-4 w-4 accent-brand-600"
                  />
                </td>
                <td className="py-1.5 pr-4 font-medium">
                  <Link href={`/tenants/${tenantId}/users/${u.id}`} className="hover:underline">
                    {u.displayName}
                  </Link>
                </td>
                <td className="py-1.5 pr-4 text-neutral-700">{u.userPrincipalName}</td>
                <td className="py-1.5 text-neutral-700">{u.licenses || <span className="text-neutral-500">Unlicensed</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {state.fieldErrors?.userId && <p className="mt-1 text-xs text-red-700">{state.fieldErrors.userId.join(" ")}</p>}
      </div>
      <div aria-live="polite" className="space-y-3">
        {state.ok && state.message && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
            {state.message}
          </p>
        )}
        {state.refusal && <ReasonBox reason={state.refusal} tenantId={tenantId} title="Nobody's licenses were changed" alert />}
        {!state.ok && state.report && (
          <table className="w-full text-left text-sm" aria-label="Report per user">
            <thead className="border-b text-xs uppercase text-neutral-500">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  User
                </th>
                <th scope="col" className="py-2 pr-4">
                  Would it work?
                </th>
                <th scope="col" className="py-2">
                  Why not
                </th>
              </tr>
            </thead>
            <tbody>
              {state.report.map((r) => (
                <tr key={r.userId} className="border-b border-neutral-100 last:border-0">
                  <td className="py-1.5 pr-4">{r.userPrincipalName ?? r.userId}</td>
                  <td className={`py-1.5 pr-4 font-medium ${r.ok ? "text-green-800" : "text-red-800"}`}>
                    {r.ok ? "Yes" : `No: ${r.error?.code}`}
                  </td>
                  <td className="py-1.5 text-neutral-700">{r.error ? `${r.error.message} (rule ${r.error.ruleId})` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!state.ok && failed.length > 0 && (
          <p className="text-sm text-neutral-700">
            {failed.length} of {state.report!.length} users would be refused. Unselect them, or fix what the report says, then try again.
          </p>
        )}
      </div>
    </form>
  );
}
