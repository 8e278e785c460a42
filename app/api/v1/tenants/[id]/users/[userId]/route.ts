import { apiRoute, json, parseWith, readJson } from "@/lib/api/handler";
import { getTenantAccess } from "@/lib/services/tenants";
import { deleteUser, getUser, updateUser } from "@/lib/services/users";
import { updateUserInput } from "@/lib/validation/users";

type P = { id: string; userId: string };

export const GET = apiRoute<P>(async (_req, { actor, params }) =>
  json(await getUser(await getTenantAccess(actor, params.id), params.userId)),
);

export const PATCH = apiRoute<P>(async (req, { actor, params }) => {
  const access = await getTenantAccess(actor, params.id);
  const input = parseWith(updateUserInput, await readJson(req));
  return json(await updateUser(access, params.userId, input));
});

export const DELETE = apiRoute<P>(async (_req, { actor, params }) => {
  await deleteUser(await getTenantAccess(actor, params.id), params.userId);
  return new Response(null, { status: 204 });
});
