/**
 * Country classes: the 86 countries of catalogue §5.2 grouped by the features the purchase rules read from a
 * tenant's country (R-GEO-1 Audio Conferencing, R-GEO-2 Calling Plans, R-GEO-3 Calling Plans for preview
 * tenants only, R-CC-5 Communications Credits). Countries of one class get the same offers in every other
 * respect, so the eligibility matrix shows one representative per class instead of 86 countries
 * (country-classes.test.ts checks that claim against the offers engine).
 */
import { COUNTRIES, findCountry, type Country } from "./countries";

export interface CountryClass {
  /** Stable id made of the features, e.g. "ac-cp-cc"; "none" when the country has none of them. */
  id: string;
  /** The features in words, e.g. "Audio Conferencing · Calling Plans · Communications Credits". */
  label: string;
  /** The country the matrix evaluates for this class (ISO alpha-2). */
  representative: string;
  /** Every country of the class, ISO alpha-2, in table order. */
  countries: string[];
}

/** Preferred representatives, most familiar first; a class takes the first one it contains. */
const FAMILIAR = ["US", "CA", "GB", "FR", "DE", "AU", "JP", "KR", "BH", "IN"];

/** The class id of a country: which of the purchase-relevant features it has. */
export function countryClassId(country: Country): string {
  const parts: string[] = [];
  if (country.audioConferencing) parts.push("ac");
  if (country.callingPlans) parts.push(country.callingPlansPreviewOnly ? "cp-preview" : "cp");
  if (country.communicationsCredits) parts.push("cc");
  return parts.length > 0 ? parts.join("-") : "none";
}

const PART_LABELS: Record<string, string> = {
  ac: "Audio Conferencing",
  cp: "Calling Plans",
  "cp-preview": "Calling Plans (preview tenants)",
  cc: "Communications Credits",
};

function classLabel(country: Country): string {
  const id = countryClassId(country);
  if (id === "none") return "None of the add-on features";
  const parts = [
    country.audioConferencing && "ac",
    country.callingPlans && (country.callingPlansPreviewOnly ? "cp-preview" : "cp"),
    country.communicationsCredits && "cc",
  ];
  return parts
    .filter((p): p is string => typeof p === "string")
    .map((p) => PART_LABELS[p])
    .join(" · ");
}

/** Audio Conferencing weighs most, then Calling Plans (preview-only a little less), then Credits. */
function classRank(cls: CountryClass): number {
  const c = findCountry(cls.representative)!;
  return (c.audioConferencing ? 4 : 0) + (c.callingPlans ? (c.callingPlansPreviewOnly ? 1.5 : 2) : 0) + (c.communicationsCredits ? 1 : 0);
}

function buildClasses(): CountryClass[] {
  const byId = new Map<string, CountryClass>();
  for (const country of COUNTRIES) {
    const id = countryClassId(country);
    const existing = byId.get(id);
    if (existing) existing.countries.push(country.code);
    else byId.set(id, { id, label: classLabel(country), representative: country.code, countries: [country.code] });
  }
  for (const cls of byId.values()) cls.representative = FAMILIAR.find((c) => cls.countries.includes(c)) ?? cls.countries[0];
  // Most features first, so the matrix reads from "everything is sold here" to "nothing is".
  return [...byId.values()].sort((a, b) => classRank(b) - classRank(a));
}

/** Every class, from the most features to none. */
export const COUNTRY_CLASSES: readonly CountryClass[] = buildClasses();

export function findCountryClass(id: string): CountryClass | undefined {
  return COUNTRY_CLASSES.find((c) => c.id === id);
}

/** The class a country belongs to; undefined for a code outside the table. */
export function countryClassOf(code: string): CountryClass | undefined {
  const country = findCountry(code);
  return country ? findCountryClass(countryClassId(country)) : undefined;
}
