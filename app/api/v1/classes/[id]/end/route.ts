import { apiRoute, json, readJson } from "@/lib/api/handler";
import { endClass } from "@/lib/services/classes";

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) => json(await endClass(actor, params.id, await readJson(req))));
