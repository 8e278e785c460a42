import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { advanceTenantClock } from "@/lib/services/clock";
import { getTenantAccess } from "@/lib/services/tenants";
import { clockAdvanceInput } from "@/lib/validation/credits";

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(clockAdvanceInput, await readJson(req));
  return json(await advanceTenantClock(access, input.days));
});
