import "server-only";
import { notFound } from "next/navigation";
import type { ShellTenant } from "@/components/shell/console-shell";
import type { Actor, TenantAccess } from "@/lib/auth/actor";
import { AppError } from "@/lib/domain/errors";
import { getTenantAccess, listTenants } from "./tenants";

/** What the console frame needs: the actor's tenants and, inside a tenant, their access (404 otherwise). */
export async function loadShell(actor: Actor, tenantId?: string): Promise<{ tenants: ShellTenant[]; current?: ShellTenant; access?: TenantAccess }> {
  const tenants = (await listTenants(actor)).map((t) => ({ id: t.id, name: t.name, role: t.role }));
  if (!tenantId) return { tenants };
  try {
    const access = await getTenantAccess(actor, tenantId);
    return { tenants, current: tenants.find((t) => t.id === tenantId), access };
  } catch (err) {
    if (err instanceof AppError && err.body.code === "NOT_FOUND") notFound();
    throw err;
  }
}
