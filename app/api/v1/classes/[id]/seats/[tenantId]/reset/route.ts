import { apiRoute, json } from "@/lib/api/handler";
import { resetSeat } from "@/lib/services/classes";

export const POST = apiRoute<{ id: string; tenantId: string }>(async (_req, { actor, params }) =>
  json(await resetSeat(actor, params.id, params.tenantId)),
);
