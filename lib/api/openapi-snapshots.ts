import { z } from "zod";
import { commonErrors as errors, jsonContent, ok, tenantPath } from "./openapi-helpers";
import { tenantStateSchema } from "@/lib/validation/responses";
import { branchSnapshotInput, saveSnapshotInput, tenantDocumentSchema } from "@/lib/validation/tenant-document";

/** OpenAPI paths of "Portable tenants and save points" (issue 12). */
const savePointSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    at: z.string().meta({ description: "When it was saved" }),
    by: z.string().meta({ description: "Email of who saved it" }),
    now: z.string().meta({ description: "The tenant's sandbox clock at the save point" }),
  })
  .meta({ id: "SavePoint" });

const snapshotPath = { path: z.object({ id: z.string().meta({ description: "Tenant id" }), snapshotId: z.string() }) };

export const snapshotPaths = {
  "/schemas/tenant-document.json": {
    get: {
      summary: "JSON Schema of the tenant document (generated from the import's zod schema)",
      security: [],
      responses: { "200": { description: "A JSON Schema (draft 2020-12)" } },
    },
  },
  "/tenants/{id}/export": {
    get: {
      summary: "The tenant's whole state as one tenant document (`?download=1` to save it as a file)",
      requestParams: { ...tenantPath, query: z.object({ download: z.string().optional() }) },
      responses: { "200": ok(tenantDocumentSchema), ...errors },
    },
  },
  "/tenants/import": {
    post: {
      summary: "Create a tenant of the caller's (Global admin) from a tenant document; optional top-level `name`",
      requestBody: { content: jsonContent(tenantDocumentSchema) },
      responses: {
        "201": ok(tenantStateSchema, "Created"),
        "400": ok(
          z.object({
            error: z.object({
              code: z.literal("VALIDATION_FAILED"),
              message: z.string(),
              details: z.record(z.string(), z.array(z.string())),
            }),
          }),
          "VALIDATION_FAILED: every problem of shape or meaning, keyed by JSON path; nothing is created",
        ),
        "401": errors["401"],
      },
    },
  },
  "/tenants/{id}/snapshots": {
    get: {
      summary: "Save points, newest first",
      requestParams: tenantPath,
      responses: { "200": ok(z.object({ snapshots: z.array(savePointSchema) })), ...errors },
    },
    post: {
      summary: "Save the tenant's current state under a name (Global admin)",
      requestParams: tenantPath,
      requestBody: { content: jsonContent(saveSnapshotInput) },
      responses: { "201": ok(savePointSchema, "Saved"), ...errors },
    },
  },
  "/tenants/{id}/snapshots/{snapshotId}": {
    delete: {
      summary: "Delete a save point (Global admin)",
      requestParams: snapshotPath,
      responses: { "204": { description: "Deleted" }, ...errors },
    },
  },
  "/tenants/{id}/snapshots/{snapshotId}/restore": {
    post: {
      summary:
        "Put the tenant back exactly as it was at the save point, in one transaction (Global admin); the audit trail is kept and records it",
      requestParams: snapshotPath,
      responses: { "200": ok(tenantStateSchema), ...errors },
    },
  },
  "/tenants/{id}/snapshots/{snapshotId}/branch": {
    post: {
      summary: "A new tenant of the caller's in the save point's state",
      requestParams: snapshotPath,
      requestBody: { content: jsonContent(branchSnapshotInput) },
      responses: { "201": ok(tenantStateSchema, "Created"), ...errors },
    },
  },
};
