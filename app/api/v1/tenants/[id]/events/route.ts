import { apiRoute, json } from "@/lib/api/handler";
import { getTenantAccess } from "@/lib/services/tenants";
import { listEvents } from "@/lib/services/audit";

export const GET = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const limit = Math.min(500, Math.max(1, Number(new URL(req.url).searchParams.get("limit") ?? 100) || 100));
  return json({ events: await listEvents(access, limit) });
});
