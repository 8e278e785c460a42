/**
 * Generates lib/domain/countries.data.ts from the per-country table of the rules catalogue (§5.2).
 *
 *   npx tsx scripts/generate-countries.ts
 *
 * Reads ../shared/domain/rules-catalogue.md (relative to the project root), parses the markdown
 * table, applies the §5.3 resolutions and the §3.8 Domestic vs Domestic-and-International minutes split,
 * and writes the data file. Run it again whenever the catalogue changes; never edit the output by hand.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cataloguePath = resolve(root, "../shared/domain/rules-catalogue.md");
const outputPath = resolve(root, "lib/domain/countries.data.ts");

/** ISO 3166-1 alpha-2 code per catalogue page file (the file name is stable; display names vary). */
const ISO_BY_FILE: Record<string, string> = {
  argentina: "AR",
  australia: "AU",
  austria: "AT",
  bahrain: "BH",
  belarus: "BY",
  belgium: "BE",
  belize: "BZ",
  bosniaherzegovina: "BA",
  brazil: "BR",
  brunei: "BN",
  bulgaria: "BG",
  canada: "CA",
  chile: "CL",
  china: "CN",
  colombia: "CO",
  "costa-rica": "CR",
  croatia: "HR",
  cyprus: "CY",
  "the-czech-republic": "CZ",
  denmark: "DK",
  "the-dominican-republic": "DO",
  ecuador: "EC",
  egypt: "EG",
  "el-salvador": "SV",
  estonia: "EE",
  finland: "FI",
  france: "FR",
  georgia: "GE",
  germany: "DE",
  greece: "GR",
  honduras: "HN",
  "hong-kong": "HK",
  hungary: "HU",
  india: "IN",
  indonesia: "ID",
  ireland: "IE",
  israel: "IL",
  italy: "IT",
  japan: "JP",
  jordan: "JO",
  kenya: "KE",
  latvia: "LV",
  lithuania: "LT",
  luxembourg: "LU",
  macedonia: "MK",
  malaysia: "MY",
  malta: "MT",
  mexico: "MX",
  moldova: "MD",
  monaco: "MC",
  "the-netherlands": "NL",
  "new-zealand": "NZ",
  norway: "NO",
  pakistan: "PK",
  panama: "PA",
  paraguay: "PY",
  peru: "PE",
  "the-philippines": "PH",
  poland: "PL",
  portugal: "PT",
  "puerto-rico": "PR",
  qatar: "QA",
  romania: "RO",
  russia: "RU",
  "saudi-arabia": "SA",
  serbia: "RS",
  singapore: "SG",
  slovakia: "SK",
  slovenia: "SI",
  "south-africa": "ZA",
  "south-korea": "KR",
  spain: "ES",
  "sri-lanka": "LK",
  sweden: "SE",
  switzerland: "CH",
  taiwan: "TW",
  thailand: "TH",
  "trinidad-and-tobago": "TT",
  turkey: "TR",
  "the-ukraine": "UA",
  "the-united-arab-emirates-uae": "AE",
  "the-united-kingdom-u-k": "GB",
  "the-united-states-u-s": "US",
  uruguay: "UY",
  venezuela: "VE",
  vietnam: "VN",
};

/** Display names in our own normalized form (catalogue §5.3 "Normalize"). */
const NAME_FIXES: Record<string, string> = {
  "the United Kingdom (U.K.)": "United Kingdom",
  "the United States (U.S.)": "United States",
  "the United Arab Emirates (UAE)": "United Arab Emirates",
  "Bosnia & Herzegovina": "Bosnia and Herzegovina",
};

/** Minute pools keyed by country; US and Puerto Rico share ONE pool (catalogue §3.8, CR-us:55). */
const SHARED_POOL: Record<string, string> = { PR: "US" };

interface Row {
  name: string;
  file: string;
  ac: string;
  shared: string;
  callMe: string;
  callingPlans: string;
  minutes: string;
  toll: string;
  tollFree: string;
  credits: string;
}

function parseTable(markdown: string): Row[] {
  const start = markdown.indexOf("### 5.2 Per-country table");
  const end = markdown.indexOf("### 5.3", start);
  if (start < 0 || end < 0) throw new Error("catalogue §5.2 not found");
  const rows: Row[] = [];
  for (const line of markdown.slice(start, end).split("\n")) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 10 || !/^\d+$/.test(cells[0])) continue;
    const m = /^(.*?) \(`availability-in-(.+)\.md`\)$/.exec(cells[1]);
    if (!m) throw new Error(`unexpected country cell: ${cells[1]}`);
    rows.push({
      name: m[1],
      file: m[2],
      ac: cells[2],
      shared: cells[3],
      callMe: cells[4],
      callingPlans: cells[5],
      minutes: cells[6],
      toll: cells[7],
      tollFree: cells[8],
      credits: cells[9],
    });
  }
  return rows;
}

const yes = (cell: string) => /^yes\b/i.test(cell.replace(/\*/g, ""));

/** "Yes, for Paris." -> "Paris"; a short, normalized summary of the auto-assigned AC number column. */
function sharedNumbers(cell: string): string {
  const city = /^Yes, for (.+?)(?: \(.*\))?\.$/.exec(cell);
  if (city) return `Yes: ${city[1]}`;
  if (cell.startsWith("Phone numbers aren't linked")) return "Yes, not tied to a city";
  return cell;
}

/**
 * §3.8 / §5.3: the page wording "X domestic or 600 international" is the Domestic and International plan;
 * the Domestic plan gets X domestic minutes.
 */
function minutes(cell: string): { domestic: number; domesticAndInternational: { domestic: number; international: number } } | null {
  const m = /^(\d+) domestic or (\d+) international/.exec(cell);
  if (!m) return null;
  const domestic = Number(m[1]);
  return { domestic, domesticAndInternational: { domestic, international: Number(m[2]) } };
}

function notesFor(code: string, row: Row): string[] {
  const notes: string[] = [];
  if (code === "BY")
    notes.push("Call Me dial-out treated as not available: the complimentary dial-out list omits Belarus (catalogue §5.3).");
  if (["BH", "BR", "BN"].includes(code))
    notes.push(
      "Communications Credits: the country page says yes and the spreadsheet omits it; the sandbox follows the page (catalogue §5.3).",
    );
  if (/within Chile/.test(row.toll + row.shared))
    notes.push("Toll numbers and the auto-assigned Santiago number are for organizations located in Chile only (R-GEO-4).");
  if (/preview/i.test(row.callingPlans)) notes.push("Calling Plans only for preview / early-adopter tenants (R-GEO-3).");
  if (SHARED_POOL[code] || code === "US") notes.push("United States and Puerto Rico share one Calling Plan minute pool.");
  return notes;
}

function toCountry(row: Row) {
  const code = ISO_BY_FILE[row.file];
  if (!code) throw new Error(`no ISO code for ${row.file}`);
  const callingPlans = yes(row.callingPlans);
  return {
    code,
    name: NAME_FIXES[row.name] ?? row.name.replace(/^the /, ""),
    audioConferencing: yes(row.ac),
    callingPlans,
    callingPlansPreviewOnly: /preview/i.test(row.callingPlans),
    communicationsCredits: yes(row.credits), // §5.3: Bahrain/Brazil/Brunei default Yes (the page value)
    tollNumbers: yes(row.toll),
    tollFreeNumbers: yes(row.tollFree),
    callMeDialOut: code === "BY" ? false : row.callMe === "Available", // §5.3 Belarus resolution
    acSharedNumbers: sharedNumbers(row.shared),
    callingPlanMinutes: callingPlans ? minutes(row.minutes) : null,
    minutePoolKey: callingPlans ? (SHARED_POOL[code] ?? code) : null,
    notes: notesFor(code, row),
  };
}

/** The text of countries.data.ts, from the catalogue's markdown. */
export function renderCountryData(catalogue: string): string {
  const rows = parseTable(catalogue);
  if (rows.length !== 86) throw new Error(`expected 86 countries, parsed ${rows.length}`);
  const countries = rows.map(toCountry).sort((a, b) => a.name.localeCompare(b.name, "en"));
  const header = [
    "// generated, do not edit: run `npx tsx scripts/generate-countries.ts` after changing",
    "// ../shared/domain/rules-catalogue.md §5.2 (country table), §5.3 (resolutions), §3.8 (minutes).",
    'import type { Country } from "./country";',
    "",
    "export const COUNTRY_DATA: readonly Country[] = ",
  ].join("\n");
  return `${header}${JSON.stringify(countries, null, 2)};\n`;
}

function main(): void {
  writeFileSync(outputPath, renderCountryData(readFileSync(cataloguePath, "utf8")));
  console.log(`wrote the 86 countries to ${outputPath}`);
}

// Run as a script (npx tsx scripts/generate-countries.ts), not when a test imports renderCountryData.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
