import { json, tenantRoute } from "@/lib/api/handler";
import { getBlockedUsersReport } from "@/lib/services/reports";

export const GET = tenantRoute(async (_req, { access }) => {
  return json(await getBlockedUsersReport(access));
});
