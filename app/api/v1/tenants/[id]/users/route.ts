import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { getTenantAccess } from "@/lib/services/tenants";
import { createUser, listUsers } from "@/lib/services/users";
import { createUserInput, usersQuery } from "@/lib/validation/users";

type P = { id: string };

export const GET = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const query = parseWith(usersQuery, Object.fromEntries(new URL(req.url).searchParams));
  return json(await listUsers(access, query));
});

export const POST = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(createUserInput, await readJson(req));
  return json(await createUser(access, input), 201);
});
