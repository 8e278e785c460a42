import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { getTenantAccess } from "@/lib/services/tenants";
import { addMember, listMembers } from "@/lib/services/members";
import { addMemberInput } from "@/lib/validation/tenants";

type P = { id: string };

export const GET = apiRoute<P>(async (_req, { actor, params }) =>
  json({ members: await listMembers(await getTenantAccess(actor, params.id)) }),
);

export const POST = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(addMemberInput, await readJson(req));
  return json(await addMember(access, input), 201);
});
