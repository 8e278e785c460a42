import { json, parseWith, tenantRoute } from "@/lib/api/handler";
import { getCredits } from "@/lib/services/credits/reads";
import { ledgerQuery } from "@/lib/validation/credits";

export const GET = tenantRoute(async (req, { access }) => {
  const url = new URL(req.url);
  const query = parseWith(ledgerQuery, { type: url.searchParams.get("type") ?? undefined });
  const limit = Number(url.searchParams.get("limit") ?? 1000) || 1000;
  return json(await getCredits(access, { type: query.type, limit }));
});
