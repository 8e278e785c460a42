import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { GoalsPanel } from "@/components/scenarios/goals-panel";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";
import { tenantGoals } from "@/lib/services/scenarios";
import { getTenantAccess } from "@/lib/services/tenants";

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const actor = await requireActor(`/tenants/${tenantId}`);
  const { tenants, current } = await loadShell(actor, tenantId);
  // Issue 11: a tenant started from a scenario shows its goals, judged on the state at this render.
  const goals = current ? await tenantGoals(await getTenantAccess(actor, tenantId)) : [];
  return (
    <ConsoleShell actor={actor} tenants={tenants} current={current}>
      <GoalsPanel goals={goals} />
      {children}
    </ConsoleShell>
  );
}
