import { json, tenantRoute } from "@/lib/api/handler";
import { listNotifications } from "@/lib/services/notifications";

export const GET = tenantRoute(async (req, { access }) => {
  const limit = Number(new URL(req.url).searchParams.get("limit") ?? 50) || 50;
  return json({ notifications: await listNotifications(access, limit) });
});
