import { apiRoute, json, readJson } from "@/lib/api/handler";
import { branchSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";

export const POST = apiRoute<{ id: string; snapshotId: string }>(async (req, { actor, params }) =>
  json(await branchSnapshot(await getTenantAccess(actor, params.id), params.snapshotId, await readJson(req)), 201),
);
