import { json, tenantRoute } from "@/lib/api/handler";
import { listEvents } from "@/lib/services/audit";

export const GET = tenantRoute(async (req, { access }) => {
  const limit = Math.min(500, Math.max(1, Number(new URL(req.url).searchParams.get("limit") ?? 100) || 100));
  return json({ events: await listEvents(access, limit) });
});
