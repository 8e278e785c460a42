import { json, tenantRoute } from "@/lib/api/handler";
import { getOffers } from "@/lib/services/purchases";

export const GET = tenantRoute(async (_req, { access }) => json({ offers: await getOffers(access) }));
