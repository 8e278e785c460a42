import { apiRoute, json } from "@/lib/api/handler";
import { getLicenseOverview } from "@/lib/services/licenses";
import { getTenantAccess } from "@/lib/services/tenants";

type P = { id: string };

/** Seats per sku with the first holders, and phone number capacity (Billing > Licenses). */
export const GET = apiRoute<P>(async (_req, { actor, params }) =>
  json(await getLicenseOverview(await getTenantAccess(actor, params.id))),
);
