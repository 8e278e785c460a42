import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { purchase } from "@/lib/services/purchases";
import { idempotencyKeyOf } from "@/lib/validation/idempotency";
import { purchaseSchemaFor } from "@/lib/validation/purchases";

export const POST = tenantRoute(async (req, { access }) => {
  const body = await readJson(req);
  const input = parseWith(purchaseSchemaFor(body), body);
  const key = idempotencyKeyOf(req.headers.get("idempotency-key"));
  const result = await purchase(access, input, key);
  const res = json(result.value, 201);
  if (result.replayed) res.headers.set("Idempotent-Replayed", "true");
  return res;
});
