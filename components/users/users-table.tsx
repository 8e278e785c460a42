import Link from "next/link";
import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";
import { findCountry } from "@/lib/domain/countries";
import { buttonClass } from "@/components/ui/button";

export interface UserRowView {
  id: string;
  displayName: string;
  userPrincipalName: string;
  usageLocation: string | null;
  pstnConnectivity: string;
  kind: string;
  assignedLicenses: { sku: string }[];
}

export interface UsersTableQuery {
  search?: string;
  sort: string;
  page: number;
  pageSize: number;
  license?: string;
}

const COLUMNS: { key: string; label: string; sortable: boolean }[] = [
  { key: "displayName", label: "Display name", sortable: true },
  { key: "userPrincipalName", label: "Username", sortable: true },
  { key: "usageLocation", label: "Usage location", sortable: true },
  { key: "pstnConnectivity", label: "PSTN connectivity", sortable: true },
  { key: "kind", label: "Kind", sortable: true },
  { key: "licenses", label: "Licenses", sortable: false },
];

function href(base: string, q: UsersTableQuery, change: Partial<UsersTableQuery>): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.search) params.set("search", next.search);
  if (next.license) params.set("license", next.license);
  if (next.sort && next.sort !== "displayName") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.pageSize !== 50) params.set("pageSize", String(next.pageSize));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** The list as it is, with the user open in the flyout panel. */
export function editHref(base: string, q: UsersTableQuery, userId: string): string {
  const list = href(base, q, {});
  return `${list}${list.includes("?") ? "&" : "?"}edit=${encodeURIComponent(userId)}`;
}

/** The list as it is, flyout closed. */
export function listHref(base: string, q: UsersTableQuery): string {
  return href(base, q, {});
}

function licenseNames(licenses: { sku: string }[]): string {
  return licenses.map((l) => (isSkuPartNumber(l.sku) ? SKU_CATALOG[l.sku].name : l.sku)).join(", ");
}

/** Active users: search, sort and paging all happen on the server through the URL. */
export function UsersTable({
  tenantId,
  users,
  total,
  query,
  canEdit = false,
}: {
  tenantId: string;
  users: UserRowView[];
  total: number;
  query: UsersTableQuery;
  /** Each row gets an Edit link that opens the user in the flyout panel (`?edit=<id>`). */
  canEdit?: boolean;
}) {
  const base = `/tenants/${tenantId}/users`;
  const desc = query.sort.startsWith("-");
  const sortKey = desc ? query.sort.slice(1) : query.sort;
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const first = total === 0 ? 0 : (query.page - 1) * query.pageSize + 1;
  const last = Math.min(total, query.page * query.pageSize);
  return (
    <div className="space-y-4">
      <form method="get" action={base} role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-72 flex-1">
          <label htmlFor="search" className="block text-sm font-medium text-neutral-800">
            Search users
          </label>
          <input
            id="search"
            name="search"
            type="search"
            defaultValue={query.search ?? ""}
            placeholder="Name or username"
            className="mt-1 block w-full rounded border border-neutral-300 bg-white px-3 py-2 text-sm shadow-sm"
          />
        </div>
        {query.sort !== "displayName" && <input type="hidden" name="sort" value={query.sort} />}
        {query.license && <input type="hidden" name="license" value={query.license} />}
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
        {(query.search || query.license) && (
          <Link href={base} className={buttonClass("ghost")}>
            Clear
          </Link>
        )}
      </form>
      {query.license && (
        <p className="text-sm text-neutral-700">
          Showing users who hold <strong>{isSkuPartNumber(query.license) ? SKU_CATALOG[query.license].name : query.license}</strong>.
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label="Active users">
          <thead className="border-b text-xs uppercase text-neutral-500">
            <tr>
              {COLUMNS.map((c) => {
                const active = c.key === sortKey;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className="whitespace-nowrap py-2 pr-4"
                    aria-sort={active ? (desc ? "descending" : "ascending") : undefined}
                  >
                    {c.sortable ? (
                      <Link
                        href={href(base, query, { sort: active && !desc ? `-${c.key}` : c.key, page: 1 })}
                        className="hover:text-neutral-900 hover:underline"
                      >
                        {c.label}
                        <span aria-hidden="true" className="ml-1">
                          {active ? (desc ? "▼" : "▲") : ""}
                        </span>
                      </Link>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
              {canEdit && (
                <th scope="col" className="py-2 pr-4">
                  <span className="sr-only">Edit</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {users.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length + (canEdit ? 1 : 0)} className="py-8 text-center text-neutral-600">
                  {query.search ? "No user matches that search." : "No users yet."}
                </td>
              </tr>
            )}
            {users.map((u) => (
              <tr key={u.id} className="border-b border-neutral-100 last:border-0 hover:bg-neutral-50">
                <td className="py-2 pr-4 font-medium">
                  <Link href={`${base}/${u.id}`} className="text-brand-700 hover:underline">
                    {u.displayName}
                  </Link>
                </td>
                <td className="py-2 pr-4 text-neutral-700">{u.userPrincipalName}</td>
                <td className="py-2 pr-4">
                  {u.usageLocation ? (
                    (findCountry(u.usageLocation)?.name ?? u.usageLocation)
                  ) : (
                    <span className="text-amber-800">Not set</span>
                  )}
                </td>
                <td className="whitespace-nowrap py-2 pr-4">{u.pstnConnectivity === "onPremises" ? "On-premises" : "Online"}</td>
                <td className="whitespace-nowrap py-2 pr-4">{u.kind === "room" ? "Meeting room" : "Person"}</td>
                <td className="py-2 text-neutral-700">
                  {u.assignedLicenses.length > 0 ? licenseNames(u.assignedLicenses) : <span className="text-neutral-500">Unlicensed</span>}
                </td>
                {canEdit && (
                  <td className="py-2 pr-2 text-right">
                    <Link
                      href={editHref(base, query, u.id)}
                      scroll={false}
                      aria-label={`Edit ${u.displayName}`}
                      className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50 hover:underline"
                    >
                      Edit
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-neutral-600" data-testid="users-range">
          {total === 0
            ? "No users"
            : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} users`}
        </p>
        <div className="flex items-center gap-2">
          {query.page > 1 ? (
            <Link className={buttonClass("secondary")} href={href(base, query, { page: query.page - 1 })} rel="prev">
              Previous
            </Link>
          ) : (
            <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled="true">
              Previous
            </span>
          )}
          <span className="text-neutral-600">
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? (
            <Link className={buttonClass("secondary")} href={href(base, query, { page: query.page + 1 })} rel="next">
              Next
            </Link>
          ) : (
            <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled="true">
              Next
            </span>
          )}
        </div>
      </nav>
    </div>
  );
}
