import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { patchManagedAccount } from "@/lib/services/signins";
import { patchAccountInput } from "@/lib/validation/accounts";

export const PATCH = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const input = parseWith(patchAccountInput, await readJson(req));
  return json(await patchManagedAccount(actor, params.id, input));
});
