import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { CheckoutForm } from "@/components/billing/checkout-form";
import { ReasonBox } from "@/components/billing/reason-box";
import { ADDON_DESCRIPTIONS, skuLabel } from "@/components/billing/labels";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getCheckout } from "@/lib/services/purchases";
import { can } from "@/lib/domain/roles";
import { SKU_CATALOG, isSkuPartNumber } from "@/lib/domain/catalog";

export const metadata: Metadata = { title: "Checkout" };

export default async function CheckoutPage({ params }: { params: Promise<{ tenantId: string; sku: string }> }) {
  const { tenantId, sku } = await params;
  if (!isSkuPartNumber(sku) || sku === "MCOPSTNC") notFound();
  const access = await requireTenantPage(tenantId, `/billing/buy/${sku}`);
  const { offer, unlocks } = await getCheckout(access, sku);
  const canBuy = can(access.role, "billing:purchase");
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-neutral-600">
        <Link href={`/tenants/${tenantId}/billing/buy`} className="hover:underline">
          Buy add-ons
        </Link>{" "}
        › {skuLabel(sku)}
      </nav>
      <PageHeader title={`Buy ${skuLabel(sku)}`} description={ADDON_DESCRIPTIONS[sku]} />
      <Card className="max-w-2xl">
        {offer.status !== "available" ? (
          <ReasonBox reason={offer.reasons[0]} tenantId={tenantId} />
        ) : !canBuy ? (
          <p className="text-sm">Your role can&apos;t buy. Ask a Billing admin or Global admin.</p>
        ) : (
          <CheckoutForm
            tenantId={tenantId}
            sku={sku}
            name={skuLabel(sku)}
            unitPriceCents={SKU_CATALOG[sku].monthlyPriceCents}
            unlocks={unlocks.map((u) => skuLabel(u))}
            recommendations={offer.recommendations.map((r) => r.message)}
          />
        )}
      </Card>
    </>
  );
}
