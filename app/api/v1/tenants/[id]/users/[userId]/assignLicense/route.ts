import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { assignLicense } from "@/lib/services/licenses";
import { getTenantAccess } from "@/lib/services/tenants";
import { assignLicenseInput } from "@/lib/validation/users";

type P = { id: string; userId: string };

/** Graph's assignLicense: adds and removes in one all-or-nothing change; answers with the user. */
export const POST = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(assignLicenseInput, await readJson(req));
  return json(await assignLicense(access, params.userId, input));
});
