import { apiRoute, json } from "@/lib/api/handler";
import { getTenantAccess, resetTenant } from "@/lib/services/tenants";

export const POST = apiRoute<{ id: string }>(async (_req, { actor, params }) =>
  json(await resetTenant(await getTenantAccess(actor, params.id))),
);
