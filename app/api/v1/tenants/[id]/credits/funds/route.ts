import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { addFunds } from "@/lib/services/credits/funds";
import { getTenantAccess } from "@/lib/services/tenants";
import { fundsInput } from "@/lib/validation/credits";
import { idempotencyKeyOf } from "@/lib/validation/idempotency";

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(fundsInput, await readJson(req));
  const key = idempotencyKeyOf(req.headers.get("idempotency-key"));
  const result = await addFunds(access, input, key);
  const res = json(result.value, 201);
  if (result.replayed) res.headers.set("Idempotent-Replayed", "true");
  return res;
});
