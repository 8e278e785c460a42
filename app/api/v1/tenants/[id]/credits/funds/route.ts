import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { addFunds } from "@/lib/services/credits/funds";
import { fundsInput } from "@/lib/validation/credits";
import { idempotencyKeyOf } from "@/lib/validation/idempotency";

export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(fundsInput, await readJson(req));
  const key = idempotencyKeyOf(req.headers.get("idempotency-key"));
  const result = await addFunds(access, input, key);
  const res = json(result.value, 201);
  if (result.replayed) res.headers.set("Idempotent-Replayed", "true");
  return res;
});
