import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { skuLabel } from "@/components/billing/labels";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getPurchase } from "@/lib/services/purchases";
import { AppError } from "@/lib/domain/errors";
import { isSkuPartNumber } from "@/lib/domain/catalog";
import { formatUsdAmount } from "@/lib/domain/money";

export const metadata: Metadata = { title: "Order placed" };

export default async function PurchaseResultPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string; purchaseId: string }>;
  searchParams: Promise<{ unlocks?: string }>;
}) {
  const { tenantId, purchaseId } = await params;
  const { unlocks } = await searchParams;
  const access = await requireTenantPage(tenantId, `/billing/purchases/${purchaseId}`);
  const p = await getPurchase(access, purchaseId).catch((err) => {
    if (err instanceof AppError && err.body.code === "NOT_FOUND") notFound();
    throw err;
  });
  const next = (unlocks ?? "").split(",").filter(isSkuPartNumber);
  return (
    <>
      <PageHeader
        title="Your order is complete"
        description="The licenses are in your subscriptions now. Assign them to users on the Licenses or Active users pages."
      />
      <Card className="max-w-2xl">
        <div role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          You bought {p.quantity} {skuLabel(p.sku)} license{p.quantity === 1 ? "" : "s"}.
        </div>
        <dl className="mt-4 grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
          <dt className="text-neutral-600">Monthly total</dt>
          <dd>{formatUsdAmount(p.monthlyTotal)}</dd>
          <dt className="text-neutral-600">Annual total</dt>
          <dd>{formatUsdAmount(p.annualTotal)}</dd>
          <dt className="text-neutral-600">Order number</dt>
          <dd className="font-mono text-xs">{p.id}</dd>
        </dl>
        <div className="mt-4">
          <h2 className="text-sm font-semibold">Next step</h2>
          <div className="mt-2 flex flex-wrap gap-2">
            {p.sku === "MCOPSTNC" ? null : (
              <Link className={buttonClass("primary")} href={`/tenants/${tenantId}/billing/licenses`}>
                Assign licenses
              </Link>
            )}
            <Link className={buttonClass("secondary")} href={`/tenants/${tenantId}/users`}>
              Go to Active users
            </Link>
          </div>
        </div>
        {next.length > 0 && (
          <div className="mt-4">
            <h2 className="text-sm font-semibold">Now available to buy</h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {next.map((sku) => (
                <li key={sku}>
                  <Link
                    className={buttonClass("secondary")}
                    href={sku === "MCOPSTNC" ? `/tenants/${tenantId}/billing/credits` : `/tenants/${tenantId}/billing/buy/${sku}`}
                  >
                    {skuLabel(sku)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="mt-6 flex gap-3 text-sm">
          <Link href={`/tenants/${tenantId}/billing/buy`} className="font-semibold text-brand-700 hover:underline">
            Back to Buy add-ons
          </Link>
          <Link href={`/tenants/${tenantId}/billing/subscriptions`} className="font-semibold text-brand-700 hover:underline">
            Subscriptions
          </Link>
        </div>
      </Card>
    </>
  );
}
