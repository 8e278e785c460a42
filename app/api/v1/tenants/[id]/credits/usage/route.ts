import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { simulateCall } from "@/lib/services/credits/calls";
import { usageInput } from "@/lib/validation/credits";

export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(usageInput, await readJson(req));
  return json(await simulateCall(access, input), 201);
});
