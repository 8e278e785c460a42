import { apiRoute, json, parseWith } from "@/lib/api/handler";
import { getTenantAccess, listEvents } from "@/lib/services/tenants";
import { limitQuery } from "@/lib/validation/primitives";

export const GET = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const { limit } = parseWith(limitQuery(100), { limit: new URL(req.url).searchParams.get("limit") ?? undefined });
  return json({ events: await listEvents(access, Math.min(500, limit)) });
});
