import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { tenantDocumentJsonSchema, tenantDocumentSchema } from "@/lib/validation/tenant-document";

describe("tenant document schema (issue 12)", () => {
  it("the JSON Schema is generated from the zod schema, phone numbers included as an array", () => {
    const schema = tenantDocumentJsonSchema() as { properties: Record<string, { properties?: Record<string, { type?: string }> }> };
    expect(Object.keys(schema.properties)).toEqual(["format", "version", "exportedAt", "tenant"]);
    expect(schema.properties.tenant.properties?.phoneNumbers?.type).toBe("array");
    expect(Object.keys(schema.properties.tenant.properties ?? {})).toContain("credits");
  });

  it("the v1 fixture has the shape", () => {
    expect(tenantDocumentSchema.safeParse(JSON.parse(readFileSync("tests/fixtures/tenant-document.v1.json", "utf8"))).success).toBe(true);
  });

  it("every endpoint is in the OpenAPI document", () => {
    const paths = buildOpenApiDocument().paths ?? {};
    for (const [p, methods] of Object.entries({
      "/schemas/tenant-document.json": ["get"],
      "/tenants/{id}/export": ["get"],
      "/tenants/import": ["post"],
      "/tenants/{id}/snapshots": ["get", "post"],
      "/tenants/{id}/snapshots/{snapshotId}": ["delete"],
      "/tenants/{id}/snapshots/{snapshotId}/restore": ["post"],
      "/tenants/{id}/snapshots/{snapshotId}/branch": ["post"],
    })) {
      for (const m of methods) expect((paths as Record<string, Record<string, unknown>>)[p]?.[m], `${m} ${p}`).toBeDefined();
    }
  });
});
