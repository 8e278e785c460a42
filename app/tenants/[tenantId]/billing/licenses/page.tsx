import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-context";

export const metadata: Metadata = { title: "Licenses" };

export default async function Page({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  await requireTenantPage(tenantId, "/billing/licenses");
  return (
    <>
      <PageHeader title="Licenses" />
      <EmptyState title="This part of the sandbox is still being built">It will arrive in a coming release.</EmptyState>
    </>
  );
}
