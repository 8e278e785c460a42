import { json, tenantRoute } from "@/lib/api/handler";
import { listLicenseDetails } from "@/lib/services/licenses";

type P = { id: string; userId: string };

export const GET = tenantRoute<P>(async (_req, { access, params }) => json({ value: await listLicenseDetails(access, params.userId) }));
