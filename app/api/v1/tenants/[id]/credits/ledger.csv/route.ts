import { apiRoute, parseWith } from "@/lib/api/handler";
import { getLedgerCsv } from "@/lib/services/credits/reads";
import { getTenantAccess } from "@/lib/services/tenants";
import { ledgerQuery } from "@/lib/validation/credits";

export const GET = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const query = parseWith(ledgerQuery, { type: new URL(req.url).searchParams.get("type") ?? undefined });
  const csv = await getLedgerCsv(access, query.type);
  const name = `communications-credits-ledger${query.type ? `-${query.type}` : ""}.csv`;
  return new Response(csv, {
    status: 200,
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
});
