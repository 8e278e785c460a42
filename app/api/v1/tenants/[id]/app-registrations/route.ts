import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { createAppRegistration, listAppRegistrations } from "@/lib/services/app-registrations";
import { appRegistrationInput } from "@/lib/validation/graph";

export const GET = tenantRoute(async (_req, { access }) => json({ value: await listAppRegistrations(access) }));

export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(appRegistrationInput, await readJson(req));
  return json(await createAppRegistration(access, input), 201);
});
