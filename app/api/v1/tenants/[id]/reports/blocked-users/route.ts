import { apiRoute, json } from "@/lib/api/handler";
import { getBlockedUsersReport } from "@/lib/services/reports";
import { getTenantAccess } from "@/lib/services/tenants";

export const GET = apiRoute<{ id: string }>(async (_req, { actor, params }) => {
  return json(await getBlockedUsersReport(await getTenantAccess(actor, params.id)));
});
