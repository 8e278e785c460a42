import { apiRoute, json } from "@/lib/api/handler";
import { tenantDocumentJsonSchema } from "@/lib/validation/tenant-document";

/** Reference data, public like the catalog: the JSON Schema of a tenant document. */
export const GET = apiRoute(async () => json(tenantDocumentJsonSchema()), { auth: false });
