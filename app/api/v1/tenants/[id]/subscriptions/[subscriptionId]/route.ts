import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { cancelSubscription } from "@/lib/services/cancel";
import { changeSeats } from "@/lib/services/purchases";
import { getTenantAccess } from "@/lib/services/tenants";
import { seatChangeInput } from "@/lib/validation/purchases";

export const PATCH = apiRoute<{ id: string; subscriptionId: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const { quantity } = parseWith(seatChangeInput, await readJson(req));
  return json(await changeSeats(access, params.subscriptionId, quantity));
});

export const DELETE = apiRoute<{ id: string; subscriptionId: string }>(async (_req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  await cancelSubscription(access, params.subscriptionId);
  return new Response(null, { status: 204 });
});
