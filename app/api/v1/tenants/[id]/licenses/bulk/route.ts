import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { bulkChangeLicenses } from "@/lib/services/licenses";
import { bulkLicenseInput } from "@/lib/validation/users";

/** The same license change for many users, all or nothing; a refusal carries the per-user report. */
export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(bulkLicenseInput, await readJson(req));
  return json(await bulkChangeLicenses(access, input));
});
