import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { deleteUser, getUser, updateUser } from "@/lib/services/users";
import { updateUserInput } from "@/lib/validation/users";

type P = { id: string; userId: string };

export const GET = tenantRoute<P>(async (_req, { access, params }) => json(await getUser(access, params.userId)));

export const PATCH = tenantRoute<P>(async (req, { access, params }) => {
  const input = parseWith(updateUserInput, await readJson(req));
  return json(await updateUser(access, params.userId, input));
});

export const DELETE = tenantRoute<P>(async (_req, { access, params }) => {
  await deleteUser(access, params.userId);
  return new Response(null, { status: 204 });
});
