import { apiRoute, json, readJson } from "@/lib/api/handler";
import { startScenario } from "@/lib/services/scenarios";

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) =>
  json(await startScenario(actor, params.id, await readJson(req)), 201),
);
