import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { acquirePhoneNumbers, listPhoneNumbers } from "@/lib/services/phone-numbers";
import { acquireNumbersInput } from "@/lib/validation/phone-numbers";

export const GET = tenantRoute(async (_req, { access }) => json(await listPhoneNumbers(access)));

export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(acquireNumbersInput, await readJson(req));
  return json({ numbers: await acquirePhoneNumbers(access, input) }, 201);
});
