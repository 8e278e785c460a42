import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { addFunds } from "@/lib/services/credits";
import { AppError } from "@/lib/domain/errors";
import { getTenantAccess } from "@/lib/services/tenants";
import { fundsInput } from "@/lib/validation/credits";

export const POST = apiRoute<{ id: string }>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(fundsInput, await readJson(req));
  const key = req.headers.get("idempotency-key")?.trim() || undefined;
  if (key && key.length > 200) throw AppError.validation({ "Idempotency-Key": ["Use at most 200 characters"] });
  const result = await addFunds(access, input, key);
  const res = json(result.body, result.status);
  if (result.replayed) res.headers.set("Idempotent-Replayed", "true");
  return res;
});
