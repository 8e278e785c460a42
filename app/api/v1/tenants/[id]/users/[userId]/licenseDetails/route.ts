import { apiRoute, json } from "@/lib/api/handler";
import { listLicenseDetails } from "@/lib/services/licenses";
import { getTenantAccess } from "@/lib/services/tenants";

type P = { id: string; userId: string };

export const GET = apiRoute<P>(async (_req, { actor, params }) =>
  json({ value: await listLicenseDetails(await getTenantAccess(actor, params.id), params.userId) }),
);
