import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-context";

export const metadata: Metadata = { title: "Buy add-ons" };

export default async function Page({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  await requireTenantPage(tenantId, "/billing/buy");
  return (
    <>
      <PageHeader title="Buy add-ons" />
      <EmptyState title="This part of the sandbox is still being built">It will arrive in a coming release.</EmptyState>
    </>
  );
}
