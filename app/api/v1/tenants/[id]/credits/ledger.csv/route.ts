import { parseWith, tenantRoute } from "@/lib/api/handler";
import { getLedgerCsv } from "@/lib/services/credits/reads";
import { ledgerQuery } from "@/lib/validation/credits";

export const GET = tenantRoute(async (req, { access }) => {
  const query = parseWith(ledgerQuery, { type: new URL(req.url).searchParams.get("type") ?? undefined });
  const csv = await getLedgerCsv(access, query.type);
  const name = `communications-credits-ledger${query.type ? `-${query.type}` : ""}.csv`;
  return new Response(csv, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
});
