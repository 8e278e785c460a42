import { tenantRoute } from "@/lib/api/handler";
import { jsonTextResponse, serializedPer } from "@/lib/api/respond";
import { getOffers } from "@/lib/services/purchases";

// getOffers hands out the same frozen list while the tenant is unchanged, so its answer is serialized once.
const offersJson = serializedPer((offers: Awaited<ReturnType<typeof getOffers>>) => ({ offers }));

export const GET = tenantRoute(async (_req, { access }) => jsonTextResponse(offersJson(await getOffers(access))));
