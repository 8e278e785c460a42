import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { createTenant, listTenants } from "@/lib/services/tenants";
import { createTenantInput } from "@/lib/validation/tenants";

export const GET = apiRoute(async (_req, { actor }) => json({ tenants: await listTenants(actor) }));

export const POST = apiRoute(async (req, { actor }) => {
  const input = parseWith(createTenantInput, await readJson(req));
  return json(await createTenant(actor, input), 201);
});
