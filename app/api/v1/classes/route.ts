import { apiRoute, json, readJson } from "@/lib/api/handler";
import { createClass, listClasses } from "@/lib/services/classes";

export const GET = apiRoute(async (_req, { actor }) => json(await listClasses(actor)));

export const POST = apiRoute(async (req, { actor }) => json(await createClass(actor, await readJson(req)), 201));
