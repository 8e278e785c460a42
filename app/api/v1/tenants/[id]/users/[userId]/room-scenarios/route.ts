import { json, tenantRoute } from "@/lib/api/handler";
import { getRoomScenarios } from "@/lib/services/users";

/** The room-scenario advisor of a user's page (catalogue §4.3), as the API sees it. */
export const GET = tenantRoute<{ id: string; userId: string }>(async (_req, { access, params }) =>
  json({ scenarios: await getRoomScenarios(access, params.userId) }),
);
