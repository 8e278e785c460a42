import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SwitchPlanList } from "@/components/billing/switch-plan-list";
import { skuLabel } from "@/components/billing/labels";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getSwitchTargets } from "@/lib/services/purchases";
import { can } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "Switch plans" };

export default async function SwitchPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ to?: string }>;
}) {
  const { tenantId } = await params;
  const { to } = await searchParams;
  const access = await requireTenantPage(tenantId, "/billing/switch-plan");
  const { current, targets } = await getSwitchTargets(access);
  const sorted = [...targets].sort((a, b) => Number(b.allowed) - Number(a.allowed) || Number(b.to === to) - Number(a.to === to));
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-neutral-600">
        <Link href={`/tenants/${tenantId}/billing/subscriptions`} className="hover:underline">
          Subscriptions
        </Link>{" "}
        › Switch plans
      </nav>
      <PageHeader
        title="Switch plans"
        description={
          current ? `Move this tenant from ${skuLabel(current)} to another plan. Prices are illustrative sandbox prices.` : undefined
        }
      />
      {!current ? (
        <EmptyState title="No plan to switch from">This tenant hasn&apos;t bought a plan yet.</EmptyState>
      ) : (
        <SwitchPlanList
          tenantId={tenantId}
          current={current}
          targets={sorted}
          canSwitch={can(access.role, "billing:switchPlan")}
          highlight={to}
        />
      )}
    </>
  );
}
