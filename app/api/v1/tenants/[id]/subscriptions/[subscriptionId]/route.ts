import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { changeSeats } from "@/lib/services/purchases";
import { seatChangeInput } from "@/lib/validation/purchases";

export const PATCH = tenantRoute<{ id: string; subscriptionId: string }>(async (req, { access, params }) => {
  const { quantity } = parseWith(seatChangeInput, await readJson(req));
  return json(await changeSeats(access, params.subscriptionId, quantity));
});
