import { apiRoute } from "@/lib/api/handler";
import { catalogJson } from "@/lib/services/catalog";

// The catalog is static: its JSON is built once per process and sent as is.
export const GET = apiRoute(async () => new Response(catalogJson(), { headers: { "Content-Type": "application/json" } }), { auth: false });
