import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { updateAutoRecharge } from "@/lib/services/credits/auto-recharge";
import { getTenantAccess } from "@/lib/services/tenants";
import { autoRechargeUpdateInput } from "@/lib/validation/credits";

export const PUT = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(autoRechargeUpdateInput, await readJson(req));
  return json(await updateAutoRecharge(access, input));
});
