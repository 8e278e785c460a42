import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { deleteTenant, getTenantState, updateTenant } from "@/lib/services/tenants";
import { updateTenantInput } from "@/lib/validation/tenants";

export const GET = tenantRoute(async (_req, { access }) => json(await getTenantState(access)));

export const PATCH = tenantRoute(async (req, { access }) => {
  const input = parseWith(updateTenantInput, await readJson(req));
  return json(await updateTenant(access, input));
});

export const DELETE = tenantRoute(async (_req, { access }) => {
  await deleteTenant(access);
  return new Response(null, { status: 204 });
});
