import { apiRoute, json } from "@/lib/api/handler";
import { catalogView } from "@/lib/services/catalog";

export const GET = apiRoute(async () => json(catalogView()), { auth: false });
