import { apiRoute, json } from "@/lib/api/handler";
import { COUNTRIES } from "@/lib/domain/countries";

export const GET = apiRoute(async () => json(COUNTRIES), { auth: false });
