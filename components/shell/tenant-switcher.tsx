"use client";

import { useRouter } from "next/navigation";

interface SwitcherTenant {
  id: string;
  name: string;
  group?: string;
}

/** The header's tenant picker, grouped ("Mine", one group per class, "Shared with me"); the full list with search is /tenants. */
export function TenantSwitcher({ tenants, current }: { tenants: SwitcherTenant[]; current?: { id: string; name: string } }) {
  const router = useRouter();
  const groups: { label: string; tenants: SwitcherTenant[] }[] = [];
  for (const t of tenants) {
    const label = t.group ?? "Tenants";
    let g = groups.find((x) => x.label === label);
    if (!g) groups.push((g = { label, tenants: [] }));
    g.tenants.push(t);
  }
  const listed = current && tenants.some((t) => t.id === current.id);
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="tenant-switcher" className="text-brand-100">
        Tenant
      </label>
      <select
        id="tenant-switcher"
        value={current?.id ?? ""}
        aria-describedby="tenant-switcher-hint"
        onChange={(e) => router.push(e.target.value ? `/tenants/${e.target.value}` : "/tenants")}
        className="max-w-xs rounded border border-brand-700 bg-brand-900 px-2 py-1 text-white"
      >
        <option value="">All tenants</option>
        {current && !listed && <option value={current.id}>{current.name}</option>}
        {groups.map((g) =>
          groups.length === 1 && g.label === "Tenants" ? (
            g.tenants.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))
          ) : (
            <optgroup key={g.label} label={g.label}>
              {g.tenants.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
      <span id="tenant-switcher-hint" className="sr-only">
        Choosing a tenant opens its Home page.
      </span>
    </div>
  );
}
