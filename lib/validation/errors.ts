import type { z } from "zod";

/**
 * Each problem keyed by the full path of its field ("policy.minimumFundingUsd", "addLicenses.0.sku"),
 * "_" for the body as a whole. Used by the API's `details` and by the console's forms alike.
 */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
