import { json, tenantRoute } from "@/lib/api/handler";
import { getMinutePoolsReport } from "@/lib/services/reports";

export const GET = tenantRoute(async (_req, { access }) => {
  return json(await getMinutePoolsReport(access));
});
