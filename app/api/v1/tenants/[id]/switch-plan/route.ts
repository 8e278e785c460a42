import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { getSwitchTargets, switchPlan } from "@/lib/services/purchases";
import { switchPlanInput } from "@/lib/validation/purchases";

/** The allowed targets with what each includes and its price difference. */
export const GET = tenantRoute(async (_req, { access }) => json(await getSwitchTargets(access)));

export const POST = tenantRoute(async (req, { access }) => {
  const { to } = parseWith(switchPlanInput, await readJson(req));
  return json(await switchPlan(access, to));
});
