import "server-only";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "./shell";
import type { TenantAccess } from "@/lib/auth/actor";

/** For a page under /tenants/[tenantId]: the actor's access to the tenant, or a 404 / sign-in redirect. */
export async function requireTenantPage(tenantId: string, path = ""): Promise<TenantAccess> {
  const actor = await requireActor(`/tenants/${tenantId}${path}`);
  const { access } = await loadShell(actor, tenantId);
  return access!;
}
