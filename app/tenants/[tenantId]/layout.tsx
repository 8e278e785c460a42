import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const actor = await requireActor(`/tenants/${tenantId}`);
  const { tenants, current } = await loadShell(actor, tenantId);
  return (
    <ConsoleShell actor={actor} tenants={tenants} current={current}>
      {children}
    </ConsoleShell>
  );
}
