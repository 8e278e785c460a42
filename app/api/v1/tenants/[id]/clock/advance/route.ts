import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { advanceTenantClock } from "@/lib/services/clock";
import { clockAdvanceInput } from "@/lib/validation/credits";

export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(clockAdvanceInput, await readJson(req));
  return json(await advanceTenantClock(access, input.days));
});
