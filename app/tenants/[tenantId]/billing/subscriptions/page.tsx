import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-context";
import { getTenantState } from "@/lib/services/tenants";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import type { SkuPartNumber } from "@/lib/domain/types";

export const metadata: Metadata = { title: "Subscriptions" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function SubscriptionsPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/billing/subscriptions");
  const tenant = await getTenantState(access);
  return (
    <>
      <PageHeader title="Subscriptions" description="The plan and add-ons this tenant owns, with their seats." />
      <Card>
        {tenant.subscriptions.length === 0 ? (
          <EmptyState title="No subscriptions yet">This tenant hasn&apos;t bought a plan, so no add-on can be bought either.</EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b text-xs uppercase text-neutral-500">
              <tr>
                <th scope="col" className="py-2 pr-4">Product</th>
                <th scope="col" className="py-2 pr-4 text-right">Purchased</th>
                <th scope="col" className="py-2 pr-4 text-right">Assigned</th>
                <th scope="col" className="py-2 pr-4 text-right">Available</th>
                <th scope="col" className="py-2 pr-4">Commitment</th>
                <th scope="col" className="py-2 pr-4">Renews</th>
                <th scope="col" className="py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {tenant.subscriptions.map((s) => (
                <tr key={s.id} className="border-b border-neutral-100 last:border-0">
                  <td className="py-2 pr-4 font-medium">
                    {SKU_CATALOG[s.sku as SkuPartNumber]?.name ?? s.sku}
                    {!s.commercial && <span className="ml-2 rounded bg-neutral-100 px-1.5 text-xs">Action Pack</span>}
                  </td>
                  <td className="py-2 pr-4 text-right">{s.quantity}</td>
                  <td className="py-2 pr-4 text-right">{s.assigned}</td>
                  <td className="py-2 pr-4 text-right">{s.available}</td>
                  <td className="py-2 pr-4">{s.term === "monthly" ? "Monthly" : "Annual"}</td>
                  <td className="py-2 pr-4">{dateFmt.format(new Date(s.renewsAt))}</td>
                  <td className="py-2 capitalize">{s.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
