import { apiRoute, json } from "@/lib/api/handler";
import { listNotifications } from "@/lib/services/notifications";
import { getTenantAccess } from "@/lib/services/tenants";

export const GET = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const limit = Number(new URL(req.url).searchParams.get("limit") ?? 50) || 50;
  return json({ notifications: await listNotifications(access, limit) });
});
