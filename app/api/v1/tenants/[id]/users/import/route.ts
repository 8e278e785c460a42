import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { importUsers } from "@/lib/services/users";
import { importUsersInput } from "@/lib/validation/users";

/**
 * JSON `{ csv | rows, mode }`, or the CSV file itself with `Content-Type: text/csv`
 * (then `?mode=validRowsOnly` picks the mode).
 */
export const POST = tenantRoute(async (req, { access }) => {
  const type = req.headers.get("content-type") ?? "";
  const body =
    type.startsWith("text/csv") || type.startsWith("text/plain")
      ? { csv: await req.text(), ...(new URL(req.url).searchParams.get("mode") ? { mode: new URL(req.url).searchParams.get("mode") } : {}) }
      : await readJson(req);
  const input = parseWith(importUsersInput, body);
  return json(await importUsers(access, input), 201);
});
