import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { ShellTenant } from "@/components/shell/console-shell";
import type { Actor, TenantAccess } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/domain/errors";
import { groupedTenants } from "@/lib/services/classes";
import { getTenantAccess, listTenants } from "@/lib/services/tenants";

/**
 * Page guards live at the edge: they redirect and render 404s, which services must not do.
 * Both are wrapped in React's `cache()`, so a layout and its page share one lookup per request.
 */

/** The switcher's tenants, grouped by "Mine" and class; other people's leftovers (ended classes' copies) are left out. */
const shellTenants = cache(
  async (actor: Actor): Promise<ShellTenant[]> =>
    (await groupedTenants(actor)).groups.flatMap((g) => g.tenants.map((t) => ({ id: t.id, name: t.name, role: t.role, group: g.label }))),
);

const tenantAccess = cache(async (actor: Actor, tenantId: string): Promise<TenantAccess> => {
  try {
    return await getTenantAccess(actor, tenantId);
  } catch (err) {
    if (err instanceof AppError && err.body.code === "NOT_FOUND") notFound();
    throw err;
  }
});

/** What the console frame needs: the actor's tenants and, inside a tenant, their access (404 otherwise). */
export async function loadShell(
  actor: Actor,
  tenantId?: string,
): Promise<{ tenants: ShellTenant[]; current?: ShellTenant; access?: TenantAccess }> {
  const tenants = await shellTenants(actor);
  if (!tenantId) return { tenants };
  const access = await tenantAccess(actor, tenantId);
  // A tenant the switcher leaves out (a copy of someone else's ended class) is still named in the header when open.
  const current =
    tenants.find((t) => t.id === tenantId) ??
    (await listTenants(actor)).map((t) => ({ id: t.id, name: t.name, role: t.role })).find((t) => t.id === tenantId);
  return { tenants, current, access };
}

/** For a page under /tenants/[tenantId]: the actor's access to the tenant, or a 404 / sign-in redirect. */
export async function requireTenantPage(tenantId: string, path = ""): Promise<TenantAccess> {
  const actor = await requireActor(`/tenants/${tenantId}${path}`);
  return tenantAccess(actor, tenantId);
}
