import { apiRoute, json } from "@/lib/api/handler";
import { getOffers } from "@/lib/services/purchases";
import { getTenantAccess } from "@/lib/services/tenants";

export const GET = apiRoute<{ id: string }>(async (_req, { actor, params }) =>
  json({ offers: await getOffers(await getTenantAccess(actor, params.id)) }),
);
