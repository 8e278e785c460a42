import { json, tenantRoute } from "@/lib/api/handler";
import { listSubscribedSkus } from "@/lib/services/licenses";

/** Graph's subscribedSkus: `{ value: subscribedSku[] }`. */
export const GET = tenantRoute(async (_req, { access }) => json({ value: await listSubscribedSkus(access) }));
