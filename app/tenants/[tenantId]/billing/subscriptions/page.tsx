import type { Metadata } from "next";
import Link from "next/link";
import { CancelSubscriptionForm } from "@/components/billing/cancel-subscription-form";
import { SeatForm } from "@/components/billing/seat-form";
import { can } from "@/lib/domain/roles";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getTenantState } from "@/lib/services/tenants";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import type { SkuPartNumber } from "@/lib/domain/types";
import { formatUsdAmount } from "@/lib/domain/money";
import { CommandBar } from "@/components/ui/command-bar";

export const metadata: Metadata = { title: "Subscriptions" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function SubscriptionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ switched?: string }>;
}) {
  const { tenantId } = await params;
  const { switched } = await searchParams;
  const access = await requireTenantPage(tenantId, "/billing/subscriptions");
  const tenant = await getTenantState(access);
  const canChangeSeats = can(access.role, "billing:seats");
  return (
    <>
      <PageHeader title="Subscriptions" description="The plan and add-ons this tenant owns, with their licenses." />
      <CommandBar
        label="Subscriptions commands"
        commands={[
          { label: "Buy add-ons", href: `/tenants/${tenantId}/billing/buy`, icon: "buy" },
          { label: "Switch plans", href: `/tenants/${tenantId}/billing/switch-plan`, icon: "switch" },
          { label: "Licenses", href: `/tenants/${tenantId}/billing/licenses`, icon: "licenses" },
        ]}
      />
      {switched && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Plan switched to {SKU_CATALOG[switched as SkuPartNumber]?.name ?? switched}. Licensed users kept their licenses on the new plan.
        </p>
      )}
      <Card>
        {tenant.subscriptions.length === 0 ? (
          <EmptyState title="No subscriptions yet">This tenant hasn&apos;t bought a plan, so no add-on can be bought either.</EmptyState>
        ) : (
          <Table
            caption="Subscriptions"
            head={
              <>
                <Th>Product</Th>
                <Th className="text-right">Purchased</Th>
                <Th className="text-right">Assigned</Th>
                <Th className="text-right">Available</Th>
                <Th>Commitment</Th>
                <Th>Renews</Th>
                <Th>Status</Th>
                {canChangeSeats && <Th className="text-right">Change licenses</Th>}
              </>
            }
          >
            {tenant.subscriptions.map((s) => (
              <Tr key={s.id}>
                <Td className="font-medium">
                  {SKU_CATALOG[s.sku as SkuPartNumber]?.name ?? s.sku}
                  {!s.commercial && <span className="ml-2 rounded bg-neutral-100 px-1.5 text-xs">Action Pack</span>}
                </Td>
                {s.sku === "MCOPSTNC" ? (
                  <>
                    <Td className="text-right">Prepaid balance</Td>
                    <Td className="text-right">{s.assigned}</Td>
                    <Td className="text-right">
                      <Link
                        href={`/tenants/${tenantId}/billing/credits`}
                        className="text-brand-700 underline"
                        data-testid="credits-balance-cell"
                      >
                        {formatUsdAmount(tenant.credits.balance)} left
                      </Link>
                    </Td>
                  </>
                ) : (
                  <>
                    <Td className="text-right">{s.quantity}</Td>
                    <Td className="text-right">{s.assigned}</Td>
                    <Td className="text-right">{s.available ?? "Unlimited"}</Td>
                  </>
                )}
                <Td>{s.term === "monthly" ? "Monthly" : "Annual"}</Td>
                <Td>{dateFmt.format(new Date(s.renewsAt))}</Td>
                <Td className="capitalize">{s.status}</Td>
                {canChangeSeats && (
                  <Td>
                    {s.seatsAdjustable && (
                      <SeatForm
                        tenantId={tenantId}
                        subscriptionId={s.id}
                        quantity={s.quantity}
                        label={SKU_CATALOG[s.sku as SkuPartNumber]?.name ?? s.sku}
                      />
                    )}
                    {s.sku !== tenant.plan && s.commercial && s.status === "active" && (
                      <CancelSubscriptionForm
                        tenantId={tenantId}
                        subscriptionId={s.id}
                        label={SKU_CATALOG[s.sku as SkuPartNumber]?.name ?? s.sku}
                      />
                    )}
                  </Td>
                )}
              </Tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
