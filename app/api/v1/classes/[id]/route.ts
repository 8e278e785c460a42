import { apiRoute, json } from "@/lib/api/handler";
import { getClass } from "@/lib/services/classes";

export const GET = apiRoute<{ id: string }>(async (_req, { actor, params }) => json(await getClass(actor, params.id)));
