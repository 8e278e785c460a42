import Papa from "papaparse";
import { COUNTRIES } from "@/lib/domain/countries";

/**
 * Reading a user import: CSV text into rows of cells (header aliases, line numbers), and the friendly spellings
 * a spreadsheet holds into the API's values. The rows are then checked by createUserInput, like any other input.
 */

export interface ImportError {
  /** Line of the CSV (the header is line 1), or row number + 1 for JSON rows, so both read the same. */
  line: number;
  field?: string;
  message: string;
}

const HEADER_ALIASES: Record<string, keyof ImportCells> = {
  displayname: "displayName",
  name: "displayName",
  userprincipalname: "userPrincipalName",
  upn: "userPrincipalName",
  username: "userPrincipalName",
  usagelocation: "usageLocation",
  location: "usageLocation",
  pstnconnectivity: "pstnConnectivity",
  pstn: "pstnConnectivity",
  kind: "kind",
  type: "kind",
};

export interface ImportCells {
  displayName?: string;
  userPrincipalName?: string;
  usageLocation?: string | null;
  pstnConnectivity?: string;
  kind?: string;
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name.toLowerCase(), c.code]));

/** Friendly spellings a person types in a spreadsheet -> the API's values. */
export function normaliseImportCells(cells: ImportCells): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (cells.displayName !== undefined) out.displayName = cells.displayName;
  if (cells.userPrincipalName !== undefined) out.userPrincipalName = cells.userPrincipalName;
  const loc = cells.usageLocation?.trim();
  if (loc) out.usageLocation = COUNTRY_BY_NAME.get(loc.toLowerCase()) ?? loc;
  const pstn = cells.pstnConnectivity
    ?.trim()
    .toLowerCase()
    .replace(/[\s_-]/g, "");
  if (pstn) out.pstnConnectivity = pstn === "onpremises" || pstn === "hybrid" ? "onPremises" : pstn;
  const kind = cells.kind?.trim().toLowerCase();
  if (kind) out.kind = kind === "meetingroom" || kind === "meeting room" ? "room" : kind;
  return out;
}

export function parseImportCsv(csv: string): { rows: { line: number; cells: ImportCells }[]; errors: ImportError[] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: false });
  const data = parsed.data;
  const errors: ImportError[] = [];
  if (data.length === 0 || data[0].every((c) => !c.trim())) {
    return { rows: [], errors: [{ line: 1, message: "The file is empty: the first line must name the columns (download the template)" }] };
  }
  const header = data[0].map(
    (h) =>
      HEADER_ALIASES[
        h
          .trim()
          .toLowerCase()
          .replace(/[\s_-]/g, "")
      ] ?? null,
  );
  const unknown = data[0].filter((h, i) => header[i] === null && h.trim() !== "");
  if (unknown.length > 0) errors.push({ line: 1, message: `Unknown columns: ${unknown.join(", ")}` });
  for (const required of ["displayName", "userPrincipalName"] as const) {
    if (!header.includes(required)) errors.push({ line: 1, field: required, message: `The column ${required} is missing` });
  }
  if (errors.length > 0) return { rows: [], errors };
  const rows: { line: number; cells: ImportCells }[] = [];
  data.slice(1).forEach((values, i) => {
    const line = i + 2;
    if (values.every((v) => v.trim() === "")) return;
    if (values.length > header.length) {
      errors.push({ line, message: `This line has ${values.length} values but there are ${header.length} columns` });
      return;
    }
    const cells: ImportCells = {};
    header.forEach((key, col) => {
      if (key) cells[key] = values[col] ?? "";
    });
    rows.push({ line, cells });
  });
  return { rows, errors };
}
