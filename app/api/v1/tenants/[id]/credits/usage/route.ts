import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { simulateCall } from "@/lib/services/credits/calls";
import { getTenantAccess } from "@/lib/services/tenants";
import { usageInput } from "@/lib/validation/credits";

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(usageInput, await readJson(req));
  return json(await simulateCall(access, input), 201);
});
