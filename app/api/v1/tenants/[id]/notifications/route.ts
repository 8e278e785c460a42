import { json, parseWith, tenantRoute } from "@/lib/api/handler";
import { listNotifications } from "@/lib/services/notifications";
import { limitQuery } from "@/lib/validation/primitives";

export const GET = tenantRoute(async (req, { access }) => {
  const { limit } = parseWith(limitQuery(50), { limit: new URL(req.url).searchParams.get("limit") ?? undefined });
  return json({ notifications: await listNotifications(access, limit) });
});
