import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { GoalsPanel } from "@/components/scenarios/goals-panel";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";
import { tenantGoals } from "@/lib/services/scenarios";
import { getTenantAccess } from "@/lib/services/tenants";
import { getFaults } from "@/lib/services/faults";
import { FaultsBanner } from "@/components/faults/faults-banner";

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const actor = await requireActor(`/tenants/${tenantId}`);
  const { tenants, current } = await loadShell(actor, tenantId);
  // Issue 11: a tenant started from a scenario shows its goals, judged on the state at this render.
  const access = current ? await getTenantAccess(actor, tenantId) : null;
  const goals = access ? await tenantGoals(access) : [];
  // Issue 13: while any sandbox fault is active, every page of the tenant says so.
  const faults = access ? await getFaults(access) : null;
  return (
    <ConsoleShell actor={actor} tenants={tenants} current={current}>
      {faults && <FaultsBanner tenantId={tenantId} faults={faults} />}
      <GoalsPanel goals={goals} />
      {children}
    </ConsoleShell>
  );
}
