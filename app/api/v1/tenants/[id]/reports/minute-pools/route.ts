import { apiRoute, json } from "@/lib/api/handler";
import { getMinutePoolsReport } from "@/lib/services/reports";
import { getTenantAccess } from "@/lib/services/tenants";

export const GET = apiRoute<{ id: string }>(async (_req, { actor, params }) => {
  return json(await getMinutePoolsReport(await getTenantAccess(actor, params.id)));
});
