import { apiRoute, json, readJson } from "@/lib/api/handler";
import { createScenario, listScenarios } from "@/lib/services/scenarios";

export const GET = apiRoute(async (_req, { actor }) => json(await listScenarios(actor)));

export const POST = apiRoute(async (req, { actor }) => json(await createScenario(actor, await readJson(req)), 201));
