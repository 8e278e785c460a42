import { apiRoute, json, parseWith } from "@/lib/api/handler";
import { matrixToCsv } from "@/lib/api/matrix-csv";
import { getMatrix } from "@/lib/services/what-if";
import { COUNTRY_CLASSES } from "@/lib/domain/country-classes";
import { matrixQuery } from "@/lib/validation/what-if";

export const GET = apiRoute(async (req, { actor }) => {
  const { format, ...filter } = parseWith(matrixQuery, Object.fromEntries(new URL(req.url).searchParams));
  const rows = getMatrix(actor, filter);
  if (format === "json") return json({ rows, countryClasses: COUNTRY_CLASSES });
  return new Response(matrixToCsv(rows), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="eligibility-matrix.csv"',
      "Cache-Control": "no-store",
    },
  });
});
