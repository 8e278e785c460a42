import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { addMember, listMembers } from "@/lib/services/members";
import { addMemberInput } from "@/lib/validation/tenants";

export const GET = tenantRoute(async (_req, { access }) => json({ members: await listMembers(access) }));

export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(addMemberInput, await readJson(req));
  return json(await addMember(access, input), 201);
});
