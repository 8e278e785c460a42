import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-context";

export const metadata: Metadata = { title: "Communications Credits" };

export default async function Page({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  await requireTenantPage(tenantId, "/billing/credits");
  return (
    <>
      <PageHeader title="Communications Credits" />
      <EmptyState title="This part of the sandbox is still being built">It will arrive in a coming release.</EmptyState>
    </>
  );
}
