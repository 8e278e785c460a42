import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { assignPhoneNumber, releasePhoneNumber } from "@/lib/services/phone-numbers";
import { assignNumberInput } from "@/lib/validation/phone-numbers";

export const PATCH = tenantRoute<{ id: string; numberId: string }>(async (req, { access, params }) => {
  const { assignedTo } = parseWith(assignNumberInput, await readJson(req));
  return json(await assignPhoneNumber(access, params.numberId, assignedTo));
});

export const DELETE = tenantRoute<{ id: string; numberId: string }>(async (_req, { access, params }) => {
  await releasePhoneNumber(access, params.numberId);
  return new Response(null, { status: 204 });
});
