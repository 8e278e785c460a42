import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { cancelSubscription } from "@/lib/services/cancel";
import { changeSeats } from "@/lib/services/purchases";
import { seatChangeInput } from "@/lib/validation/purchases";

export const PATCH = tenantRoute<{ id: string; subscriptionId: string }>(async (req, { access, params }) => {
  const { quantity } = parseWith(seatChangeInput, await readJson(req));
  return json(await changeSeats(access, params.subscriptionId, quantity));
});

export const DELETE = tenantRoute<{ id: string; subscriptionId: string }>(async (_req, { access, params }) => {
  await cancelSubscription(access, params.subscriptionId);
  return new Response(null, { status: 204 });
});
