import { json, parseWith, readJson, tenantRoute } from "@/lib/api/handler";
import { clearFaults, getFaults, setFaults } from "@/lib/services/faults";
import { faultsInput } from "@/lib/validation/faults";

/** Sandbox faults (api.md "Sandbox faults"). These routes never fire the faults themselves, so they can always be cleared. */

export const GET = tenantRoute(async (_req, { access }) => json(await getFaults(access)), { faults: false });

export const PUT = tenantRoute(
  async (req, { access }) => {
    const input = parseWith(faultsInput, await readJson(req));
    return json(await setFaults(access, input));
  },
  { faults: false },
);

export const DELETE = tenantRoute(
  async (_req, { access }) => {
    await clearFaults(access);
    return new Response(null, { status: 204 });
  },
  { faults: false },
);
