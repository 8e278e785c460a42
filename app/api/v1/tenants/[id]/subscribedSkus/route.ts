import { apiRoute, json } from "@/lib/api/handler";
import { listSubscribedSkus } from "@/lib/services/licenses";
import { getTenantAccess } from "@/lib/services/tenants";

type P = { id: string };

/** Graph's subscribedSkus: `{ value: subscribedSku[] }`. */
export const GET = apiRoute<P>(async (_req, { actor, params }) =>
  json({ value: await listSubscribedSkus(await getTenantAccess(actor, params.id)) }),
);
