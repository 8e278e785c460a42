import { apiRoute } from "@/lib/api/handler";
import { exportTenant } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";

/** The tenant document; `?download=1` makes the browser save it as a file. */
export const GET = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const doc = await exportTenant(await getTenantAccess(actor, params.id));
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (new URL(req.url).searchParams.get("download")) {
    const file = doc.tenant.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "tenant";
    headers["Content-Disposition"] = `attachment; filename="${file}.tenant.json"`;
  }
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { status: 200, headers });
});
