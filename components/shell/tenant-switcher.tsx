"use client";

import { useRouter } from "next/navigation";

export function TenantSwitcher({ tenants, currentId }: { tenants: { id: string; name: string }[]; currentId?: string }) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="tenant-switcher" className="text-brand-100">
        Tenant
      </label>
      <select
        id="tenant-switcher"
        value={currentId ?? ""}
        aria-describedby="tenant-switcher-hint"
        onChange={(e) => router.push(e.target.value ? `/tenants/${e.target.value}` : "/tenants")}
        className="max-w-xs rounded border border-brand-700 bg-brand-900 px-2 py-1 text-white"
      >
        <option value="">All tenants</option>
        {tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <span id="tenant-switcher-hint" className="sr-only">
        Choosing a tenant opens its Home page.
      </span>
    </div>
  );
}
