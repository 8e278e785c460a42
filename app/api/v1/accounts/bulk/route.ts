import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { createManagedAccountsBulk } from "@/lib/services/signins";
import { bulkAccountsInput } from "@/lib/validation/accounts";

export const POST = apiRoute(async (req, { actor }) => {
  const input = parseWith(bulkAccountsInput, await readJson(req));
  const { created } = await createManagedAccountsBulk(actor, input.accounts);
  return json({ created: created.map(({ id, email, password }) => ({ id, email, password })) }, 201);
});
