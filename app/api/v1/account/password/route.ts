import { apiRoute, parseWith, readJson } from "@/lib/api/handler";
import { changeOwnPassword } from "@/lib/services/signins";
import { changePasswordInput } from "@/lib/validation/accounts";

export const POST = apiRoute(async (req, { actor }) => {
  const input = parseWith(changePasswordInput, await readJson(req));
  await changeOwnPassword(actor, input.currentPassword, input.newPassword);
  return new Response(null, { status: 204 });
});
