import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/domain/errors";
import { purchase } from "@/lib/services/purchases";
import { getTenantAccess } from "@/lib/services/tenants";
import { purchaseSchemaFor } from "@/lib/validation/purchases";

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const body = await readJson(req);
  const input = parseWith(purchaseSchemaFor(body), body);
  const key = req.headers.get("idempotency-key")?.trim() || undefined;
  if (key && key.length > 200) throw AppError.validation({ "Idempotency-Key": ["Use at most 200 characters"] });
  const result = await purchase(access, input, key);
  const res = json(result.body, result.status);
  if (result.replayed) res.headers.set("Idempotent-Replayed", "true");
  return res;
});
