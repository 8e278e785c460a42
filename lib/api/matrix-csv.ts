import Papa from "papaparse";
import type { MatrixRow } from "@/lib/domain/matrix";

export const MATRIX_CSV_COLUMNS = [
  "plan",
  "channel",
  "commitment",
  "orgType",
  "cloud",
  "country",
  "countryClass",
  "policy",
  "sku",
  "status",
  "code",
  "ruleId",
] as const;

/** The matrix as CSV, one row per situation and add-on; `policy` is "flag=value;flag=value" (empty: defaults). */
export function matrixToCsv(rows: readonly MatrixRow[]): string {
  return Papa.unparse({
    fields: [...MATRIX_CSV_COLUMNS],
    data: rows.map(({ situation: s, sku, status, code, ruleId }) => [
      s.plan ?? "none",
      s.channel,
      s.commitment,
      s.orgType,
      s.cloud,
      s.country,
      s.countryClass,
      Object.entries(s.policy)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(";"),
      sku,
      status,
      code ?? "",
      ruleId ?? "",
    ]),
  });
}
