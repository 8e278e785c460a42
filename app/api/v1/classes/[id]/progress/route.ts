import { apiRoute, json } from "@/lib/api/handler";
import { classProgress, classProgressCsv } from "@/lib/services/classes";

/** The board (JSON), or with ?format=csv the same as a spreadsheet download. Always read from the database. */
export const GET = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  if (new URL(req.url).searchParams.get("format") === "csv") {
    return new Response(await classProgressCsv(actor, params.id), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="class-${params.id}-progress.csv"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const res = json(await classProgress(actor, params.id));
  res.headers.set("Cache-Control", "no-store");
  return res;
});
