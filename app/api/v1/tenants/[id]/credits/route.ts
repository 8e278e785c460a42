import { json, parseWith, tenantRoute } from "@/lib/api/handler";
import { getCredits } from "@/lib/services/credits/reads";
import { ledgerQuery } from "@/lib/validation/credits";
import { limitQuery } from "@/lib/validation/primitives";

export const GET = tenantRoute(async (req, { access }) => {
  const url = new URL(req.url);
  const query = parseWith(ledgerQuery, { type: url.searchParams.get("type") ?? undefined });
  const { limit } = parseWith(limitQuery(1000), { limit: url.searchParams.get("limit") ?? undefined });
  return json(await getCredits(access, { type: query.type, limit }));
});
