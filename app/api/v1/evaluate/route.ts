import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { evaluateSituation } from "@/lib/services/what-if";
import { evaluateInput } from "@/lib/validation/what-if";

export const POST = apiRoute(async (req, { actor }) => {
  const input = parseWith(evaluateInput, await readJson(req));
  return json({ offers: evaluateSituation(actor, input) });
});
