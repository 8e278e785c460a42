import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { createManagedAccount, listManagedAccounts } from "@/lib/services/signins";
import { createAccountInput } from "@/lib/validation/accounts";

export const GET = apiRoute(async (_req, { actor }) => json(await listManagedAccounts(actor)));

export const POST = apiRoute(async (req, { actor }) => {
  const input = parseWith(createAccountInput, await readJson(req));
  return json(await createManagedAccount(actor, input), 201);
});
