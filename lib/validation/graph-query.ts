import { z } from "zod";
import { resolveSku } from "./users";
import type { SkuPartNumber } from "@/lib/domain/types";
import { text, wholeNumberText } from "./primitives";

/** The $filter forms the Graph surface understands (shared/api.md "Microsoft Graph-compatible surface"). */
export type GraphUserFilter =
  | { kind: "license"; sku: SkuPartNumber }
  | { kind: "usageLocation"; value: string }
  | { kind: "displayNameStartsWith"; value: string };

const GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const LICENSE = new RegExp(`^assignedLicenses/any\\(\\s*(\\w+)\\s*:\\s*\\1/skuId\\s+eq\\s+(${GUID})\\s*\\)$`);
const LOCATION = /^usageLocation\s+eq\s+'([A-Za-z]{2})'$/;
const STARTS = /^startswith\(\s*displayName\s*,\s*'((?:[^']|'')*)'\s*\)$/;

/** Parses one supported $filter expression; null for anything else. */
export function parseGraphFilter(raw: string): GraphUserFilter | null | "unknownSku" {
  const v = raw.trim();
  const lic = LICENSE.exec(v);
  if (lic) {
    const sku = resolveSku(lic[2]);
    return sku ? { kind: "license", sku } : "unknownSku";
  }
  const loc = LOCATION.exec(v);
  if (loc) return { kind: "usageLocation", value: loc[1].toUpperCase() };
  const st = STARTS.exec(v);
  if (st) return { kind: "displayNameStartsWith", value: st[1].replace(/''/g, "'") };
  return null;
}

export const GRAPH_MAX_TOP = 999;

/** GET /graph/v1.0/users query: $top, $skiptoken (our opaque offset), $select, $filter. */
export const graphUsersQuery = z
  .object({
    $top: wholeNumberText({ min: 1, max: GRAPH_MAX_TOP, noun: "$top" }).default(100),
    $skiptoken: wholeNumberText({ min: 0, max: 10_000_000, noun: "$skiptoken" }).default(0),
    $select: text().max(500).optional(),
    $filter: text().max(500).optional(),
  })
  .transform((v, ctx) => {
    let filter: GraphUserFilter | undefined;
    if (v.$filter) {
      const parsed = parseGraphFilter(v.$filter);
      if (parsed === null) {
        ctx.addIssue({ code: "custom", path: ["$filter"], message: "This $filter form isn't supported by the sandbox" });
        return z.NEVER;
      }
      if (parsed === "unknownSku") {
        ctx.addIssue({ code: "custom", path: ["$filter"], message: "The skuId in $filter is not a sku of the catalog" });
        return z.NEVER;
      }
      filter = parsed;
    }
    const select = v.$select
      ? v.$select
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
    return { top: v.$top, skip: v.$skiptoken, select, filter };
  });
export type GraphUsersQuery = z.output<typeof graphUsersQuery>;
