import { apiRoute, json } from "@/lib/api/handler";
import { tenantGoals } from "@/lib/services/scenarios";
import { getTenantAccess } from "@/lib/services/tenants";

export const GET = apiRoute<{ id: string }>(async (_req, { actor, params }) =>
  json(await tenantGoals(await getTenantAccess(actor, params.id))),
);
