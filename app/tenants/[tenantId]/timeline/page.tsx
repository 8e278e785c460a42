import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Timeline } from "@/components/snapshots/timeline";
import { can } from "@/lib/domain/roles";
import { requireTenantPage } from "@/app/_lib/page-context";
import { listSnapshots } from "@/lib/services/snapshots";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/timeline");
  const items = await listSnapshots(access);
  return (
    <>
      <PageHeader
        title="Timeline"
        description="Save points of this tenant, newest first. Restore one to rewind the tenant, clock and ledger included, or branch it into a new tenant."
        actions={
          <a href={`/api/v1/tenants/${tenantId}/export?download=1`} className={buttonClass("secondary")} download>
            Export tenant (.json)
          </a>
        }
      />
      <Card title={`Save points (${items.length})`}>
        {items.length === 0 ? (
          <EmptyState title="No save points yet">
            Use &ldquo;Save point&rdquo; in the top bar to keep the tenant&apos;s current state.
          </EmptyState>
        ) : (
          <Timeline tenantId={tenantId} items={items} canRestore={can(access.role, "tenant:reset")} />
        )}
      </Card>
    </>
  );
}
