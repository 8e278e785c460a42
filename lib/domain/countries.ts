/**
 * The 86 countries and regions of catalogue §5.2. The data is generated into countries.data.ts by
 * scripts/generate-countries.ts; this file only types and indexes it.
 */
import { COUNTRY_DATA } from "./countries.data";
import type { Country } from "./country";

export type { Country };

export const COUNTRIES: readonly Country[] = COUNTRY_DATA;

export const COUNTRY_CODES: readonly string[] = COUNTRIES.map((c) => c.code);

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** Case-insensitive lookup by ISO alpha-2 code; undefined for unknown, empty or missing codes. */
export function findCountry(code: string | null | undefined): Country | undefined {
  if (!code) return undefined;
  return BY_CODE.get(code.trim().toUpperCase());
}
