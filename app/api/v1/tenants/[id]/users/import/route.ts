import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { getTenantAccess } from "@/lib/services/tenants";
import { importUsers } from "@/lib/services/users";
import { importUsersInput } from "@/lib/validation/users";

type P = { id: string };

/**
 * JSON `{ csv | rows, mode }`, or the CSV file itself with `Content-Type: text/csv`
 * (then `?mode=validRowsOnly` picks the mode).
 */
export const POST = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const type = req.headers.get("content-type") ?? "";
  const body = type.startsWith("text/csv") || type.startsWith("text/plain")
    ? { csv: await req.text(), ...(new URL(req.url).searchParams.get("mode") ? { mode: new URL(req.url).searchParams.get("mode") } : {}) }
    : await readJson(req);
  const input = parseWith(importUsersInput, body);
  return json(await importUsers(access, input), 201);
});
