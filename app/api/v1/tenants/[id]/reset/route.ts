import { json, tenantRoute } from "@/lib/api/handler";
import { resetTenant } from "@/lib/services/tenants";

export const POST = tenantRoute(async (_req, { access }) => json(await resetTenant(access)));
