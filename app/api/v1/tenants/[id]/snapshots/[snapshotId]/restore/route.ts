import { apiRoute, json } from "@/lib/api/handler";
import { restoreSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";

export const POST = apiRoute<{ id: string; snapshotId: string }>(async (_req, { actor, params }) =>
  json(await restoreSnapshot(await getTenantAccess(actor, params.id), params.snapshotId)),
);
