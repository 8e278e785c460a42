"use client";

import { useActionState } from "react";
import { importUsersAction } from "@/lib/actions/users";
import { Button } from "@/components/ui/button";
import type { ImportFormState } from "@/lib/actions/form-state";

export function ImportUsersForm({ tenantId, template }: { tenantId: string; template: string }) {
  const [state, action, pending] = useActionState(importUsersAction.bind(null, tenantId), {} as ImportFormState);
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <p className="text-sm text-neutral-700">
        One user per line, with a header line naming the columns: displayName, userPrincipalName, usageLocation (a country code such as US,
        or its name), pstnConnectivity (online or onPremises) and kind (person or room).{" "}
        <a
          className="font-medium text-brand-700 underline"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`}
          download="users-template.csv"
        >
          Download the template
        </a>
      </p>
      <div>
        <label htmlFor="file" className="block text-sm font-medium text-neutral-800">
          CSV file
        </label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" className="mt-1 block text-sm" />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="validRowsOnly" className="h-4 w-4 accent-brand-600" />
        If some lines have problems, import the valid lines anyway
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import users"}
      </Button>
      <div aria-live="polite" className="space-y-3">
        {state.message && (
          <p
            role={state.ok ? "status" : "alert"}
            className={`rounded border px-3 py-2 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
          >
            {state.message}
          </p>
        )}
        {state.errors && state.errors.length > 0 && (
          <table className="w-full text-left text-sm" aria-label="Lines with problems">
            <thead className="border-b text-xs uppercase text-neutral-500">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Line
                </th>
                <th scope="col" className="py-2 pr-4">
                  Column
                </th>
                <th scope="col" className="py-2">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody>
              {state.errors.map((e, i) => (
                <tr key={i} className="border-b border-neutral-100 last:border-0">
                  <td className="py-1.5 pr-4 tabular-nums">{e.line}</td>
                  <td className="py-1.5 pr-4 font-mono text-xs">{e.field ?? "—"}</td>
                  <td className="py-1.5">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </form>
  );
}
