import { apiRoute } from "@/lib/api/handler";
import { deleteSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";

export const DELETE = apiRoute<{ id: string; snapshotId: string }>(async (_req, { actor, params }) => {
  await deleteSnapshot(await getTenantAccess(actor, params.id), params.snapshotId);
  return new Response(null, { status: 204 });
});
