import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { updateAutoRecharge } from "@/lib/services/credits/auto-recharge";
import { autoRechargeUpdateInput } from "@/lib/validation/credits";

export const PUT = tenantRoute(async (req, { access }) => {
  const input = parseWith(autoRechargeUpdateInput, await readJson(req));
  return json(await updateAutoRecharge(access, input));
});
