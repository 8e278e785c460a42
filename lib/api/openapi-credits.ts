// OpenAPI paths of the Communications Credits, clock, notification and report endpoints (issue 6);
// merged in lib/api/openapi.ts.
import type { ZodOpenApiPathsObject } from "zod-openapi";

export const creditsPaths: ZodOpenApiPathsObject = {};
