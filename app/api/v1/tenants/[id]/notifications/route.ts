import { apiRoute, json, parseWith } from "@/lib/api/handler";
import { listNotifications } from "@/lib/services/notifications";
import { getTenantAccess } from "@/lib/services/tenants";
import { limitQuery } from "@/lib/validation/primitives";

export const GET = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const { limit } = parseWith(limitQuery(50), { limit: new URL(req.url).searchParams.get("limit") ?? undefined });
  return json({ notifications: await listNotifications(access, limit) });
});
