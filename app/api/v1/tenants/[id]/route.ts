import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { deleteTenant, getTenantAccess, getTenantState, updateTenant } from "@/lib/services/tenants";
import { updateTenantInput } from "@/lib/validation/tenants";

type P = { id: string };

export const GET = apiRoute<P>(async (_req, { actor, params }) =>
  json(await getTenantState(await getTenantAccess(actor, params.id))),
);

export const PATCH = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(updateTenantInput, await readJson(req));
  return json(await updateTenant(access, input));
});

export const DELETE = apiRoute<P>(async (_req, { actor, params }) => {
  await deleteTenant(await getTenantAccess(actor, params.id));
  return new Response(null, { status: 204 });
});
