import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { OfferList, type OfferView } from "@/components/billing/offer-list";
import { ADDON_DESCRIPTIONS } from "@/components/billing/labels";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getOffers } from "@/lib/services/purchases";
import { getTenantState } from "@/lib/services/tenants";
import { PolicyBadge } from "@/components/tenants/policy-flags";
import { can } from "@/lib/domain/roles";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import { ADDON_SKUS } from "@/lib/domain/types";

export const metadata: Metadata = { title: "Buy add-ons" };

export default async function BuyAddOnsPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/billing/buy");
  const [offers, tenant] = await Promise.all([getOffers(access), getTenantState(access)]);
  const addOns: OfferView[] = offers
    .filter((o) => (ADDON_SKUS as readonly string[]).includes(o.sku))
    .map((o) => ({
      ...o,
      monthlyPriceCents: SKU_CATALOG[o.sku].monthlyPriceCents,
      description: ADDON_DESCRIPTIONS[o.sku] ?? "",
      owned: tenant.subscriptions.filter((s) => s.sku === o.sku && s.status === "active").reduce((n, s) => n + s.quantity, 0),
    }));
  const canBuy = can(access.role, "billing:purchase");
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-neutral-600">
        <Link href={`/tenants/${tenantId}/billing/subscriptions`} className="hover:underline">
          Subscriptions
        </Link>{" "}
        › Add-ons › Buy add-ons
      </nav>
      <PageHeader
        title="Buy add-ons"
        description="Every Skype for Business and Teams add-on, with what this tenant can buy right now. The real admin center hides what you can't buy; here it stays listed with the reason and the way to unblock it."
        actions={
          <Link href={`/tenants/${tenantId}/billing/switch-plan`} className="text-sm font-semibold text-brand-700 hover:underline">
            Switch plans
          </Link>
        }
      />
      <PolicyBadge tenantId={tenantId} policy={tenant.policy} />
      {!canBuy && (
        <p className="mb-4 rounded border border-neutral-300 bg-white px-3 py-2 text-sm" role="note">
          Your role can see these offers but not buy. Billing admins and Global admins can.
        </p>
      )}
      <OfferList offers={addOns} tenantId={tenantId} canBuy={canBuy} />
    </>
  );
}
