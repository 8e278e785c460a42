import { apiRoute } from "@/lib/api/handler";
import { revokeToken } from "@/lib/services/accounts";

export const DELETE = apiRoute<{ tokenId: string }>(async (_req, { actor, params }) => {
  await revokeToken(actor, params.tokenId);
  return new Response(null, { status: 204 });
});
