import { json, tenantRoute } from "@/lib/api/handler";
import { getLicenseOverview } from "@/lib/services/licenses";

/** Seats per sku with the first holders, and phone number capacity (Billing > Licenses). */
export const GET = tenantRoute(async (_req, { access }) => json(await getLicenseOverview(access)));
