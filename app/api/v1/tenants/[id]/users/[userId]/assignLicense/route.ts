import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { assignLicense } from "@/lib/services/licenses";
import { assignLicenseInput } from "@/lib/validation/users";

type P = { id: string; userId: string };

/** Graph's assignLicense: adds and removes in one all-or-nothing change; answers with the user. */
export const POST = tenantRoute<P>(async (req, { access, params }) => {
  const input = parseWith(assignLicenseInput, await readJson(req));
  return json(await assignLicense(access, params.userId, input));
});
