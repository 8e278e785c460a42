import { apiRoute, json, readJson } from "@/lib/api/handler";
import { listSnapshots, saveSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";

export const GET = apiRoute<{ id: string }>(async (_req, { actor, params }) =>
  json({ snapshots: await listSnapshots(await getTenantAccess(actor, params.id)) }),
);

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) =>
  json(await saveSnapshot(await getTenantAccess(actor, params.id), await readJson(req)), 201),
);
