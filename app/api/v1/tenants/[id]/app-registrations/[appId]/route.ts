import { tenantRoute } from "@/lib/api/handler";
import { revokeAppRegistration } from "@/lib/services/app-registrations";

/** Revokes the registration (kept in the list as revoked) and every token it was given. */
export const DELETE = tenantRoute<{ id: string; appId: string }>(async (_req, { access, params }) => {
  await revokeAppRegistration(access, params.appId);
  return new Response(null, { status: 204 });
});
