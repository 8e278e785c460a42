import { apiRoute, json, readJson } from "@/lib/api/handler";
import { importTenant } from "@/lib/services/snapshots";

export const POST = apiRoute(async (req, { actor }) => json(await importTenant(actor, await readJson(req)), 201));
