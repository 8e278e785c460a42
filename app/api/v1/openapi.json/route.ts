import { buildOpenApiDocument } from "@/lib/api/openapi";
import { jsonResponse } from "@/lib/api/respond";

export const dynamic = "force-static";

export function GET() {
  return jsonResponse(buildOpenApiDocument());
}
