// OpenAPI paths of the users and license-assignment endpoints (issue 5); merged in lib/api/openapi.ts.
import type { ZodOpenApiPathsObject } from "zod-openapi";

export const usersPaths: ZodOpenApiPathsObject = {};
