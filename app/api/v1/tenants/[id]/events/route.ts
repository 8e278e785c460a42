import { json, parseWith, tenantRoute } from "@/lib/api/handler";
import { listEvents } from "@/lib/services/audit";
import { limitQuery } from "@/lib/validation/primitives";

export const GET = tenantRoute(async (req, { access }) => {
  const { limit } = parseWith(limitQuery(100), { limit: new URL(req.url).searchParams.get("limit") ?? undefined });
  return json({ events: await listEvents(access, Math.min(500, limit)) });
});
