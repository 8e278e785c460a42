import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { bulkChangeLicenses } from "@/lib/services/licenses";
import { getTenantAccess } from "@/lib/services/tenants";
import { bulkLicenseInput } from "@/lib/validation/users";

type P = { id: string };

/** The same license change for many users, all or nothing; a refusal carries the per-user report. */
export const POST = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(bulkLicenseInput, await readJson(req));
  return json(await bulkChangeLicenses(access, input));
});
