import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { createUser, listUsers } from "@/lib/services/users";
import { createUserInput, usersQuery } from "@/lib/validation/users";

export const GET = tenantRoute(async (req, { access }) => {
  const query = parseWith(usersQuery, Object.fromEntries(new URL(req.url).searchParams));
  return json(await listUsers(access, query));
});

export const POST = tenantRoute(async (req, { access }) => {
  const input = parseWith(createUserInput, await readJson(req));
  return json(await createUser(access, input), 201);
});
