import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { BulkLicenseForm } from "@/components/licenses/bulk-license-form";
import { SeatTable } from "@/components/licenses/seat-table";
import { can } from "@/lib/domain/roles";
import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";
import { getLicenseOverview } from "@/lib/services/licenses";
import { requireTenantPage } from "@/app/_lib/page-context";
import { listUsers } from "@/lib/services/users";
import { usersQuery } from "@/lib/validation/users";

export const metadata: Metadata = { title: "Licenses" };

const PAGE_SIZE = 25;

export default async function LicensesPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/billing/licenses");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q : "";
  const parsed = usersQuery.safeParse({ search: q, page: typeof sp.page === "string" ? sp.page : "1", pageSize: String(PAGE_SIZE) });
  const query = parsed.success ? parsed.data : usersQuery.parse({ pageSize: String(PAGE_SIZE) });
  const overview = await getLicenseOverview(access);
  const canAssign = can(access.role, "licenses:assign");
  const page = canAssign ? await listUsers(access, query) : null;
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  const base = `/tenants/${tenantId}/billing/licenses`;
  const pageHref = (n: number) => `${base}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}#bulk`;
  const n = overview.phoneNumbers;
  return (
    <>
      <PageHeader
        title="Licenses"
        description="Seats bought and assigned for each product, phone number capacity, and changes for many users at once."
      />
      <div className="space-y-6">
        <Card title="Seats by product">
          <SeatTable tenantId={tenantId} rows={overview.skus} />
        </Card>

        <Card title="Phone number capacity">
          <dl className="grid gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-neutral-600">User phone numbers</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid="user-numbers">
                {n.userNumbers}
              </dd>
              <dd className="text-xs text-neutral-600">
                From {n.callingPlanLicenses} Calling Plan licenses: that number × 1.1, rounded down, plus 10 (rule R-NUM-USER).
              </dd>
            </div>
            <div>
              <dt className="text-neutral-600">Toll service numbers</dt>
              <dd className="text-2xl font-semibold tabular-nums">{n.tollServiceNumbers}</dd>
              <dd className="text-xs text-neutral-600">
                Set by the tier of {n.serviceNumberLicenses} Phone System and Audio Conferencing licenses, E5 counted once (rule R-NUM-SVC).
              </dd>
            </div>
            <div>
              <dt className="text-neutral-600">Toll-free service numbers</dt>
              <dd className="text-2xl font-semibold tabular-nums">{n.tollFreeServiceNumbers}</dd>
              <dd className="text-xs text-neutral-600">Same tier, counted separately from toll numbers. Beyond these caps, ask support.</dd>
            </div>
          </dl>
        </Card>

        <section id="bulk">
          <Card title="Assign or remove for many users">
            {!canAssign ? (
              <p className="text-sm text-neutral-700">Your role in this tenant can see licenses but not assign them.</p>
            ) : overview.skus.length === 0 ? (
              <p className="text-sm text-neutral-700">Buy a plan or add-ons first; then they can be assigned here.</p>
            ) : (
              <div className="space-y-4">
                <form method="get" action={`${base}#bulk`} role="search" className="flex flex-wrap items-end gap-3">
                  <div className="min-w-64 flex-1">
                    <label htmlFor="q" className="block text-sm font-medium text-neutral-800">
                      Find users
                    </label>
                    <input
                      id="q"
                      name="q"
                      type="search"
                      defaultValue={q}
                      placeholder="Name or username"
                      className="mt-1 block w-full rounded border border-neutral-300 bg-white px-3 py-2 text-sm shadow-sm"
                    />
                  </div>
                  <button type="submit" className={buttonClass("secondary")}>
                    Find
                  </button>
                </form>
                <BulkLicenseForm
                  key={`${q}-${query.page}`}
                  tenantId={tenantId}
                  skus={overview.skus.map((s) => ({
                    value: s.sku,
                    label: `${s.name} (${s.unlimited ? "unlimited" : `${s.available} available`})`,
                  }))}
                  users={page!.users.map((u) => ({
                    id: u.id,
                    displayName: u.displayName,
                    userPrincipalName: u.userPrincipalName,
                    licenses: u.assignedLicenses.map((l) => (isSkuPartNumber(l.sku) ? SKU_CATALOG[l.sku].name : l.sku)).join(", "),
                  }))}
                />
                <nav aria-label="User pages" className="flex items-center justify-between text-sm text-neutral-600">
                  <span>
                    {page!.total} users · page {query.page} of {pages}
                  </span>
                  <span className="flex gap-2">
                    {query.page > 1 && (
                      <Link className={buttonClass("secondary")} href={pageHref(query.page - 1)}>
                        Previous
                      </Link>
                    )}
                    {query.page < pages && (
                      <Link className={buttonClass("secondary")} href={pageHref(query.page + 1)}>
                        Next
                      </Link>
                    )}
                  </span>
                </nav>
              </div>
            )}
          </Card>
        </section>
      </div>
    </>
  );
}
