import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { getSwitchTargets, switchPlan } from "@/lib/services/purchases";
import { getTenantAccess } from "@/lib/services/tenants";
import { switchPlanInput } from "@/lib/validation/purchases";

/** The allowed targets with what each includes and its price difference. */
export const GET = apiRoute<{ id: string }>(async (_req, { actor, params }) =>
  json(await getSwitchTargets(await getTenantAccess(actor, params.id))),
);

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const { to } = parseWith(switchPlanInput, await readJson(req));
  return json(await switchPlan(access, to));
});
