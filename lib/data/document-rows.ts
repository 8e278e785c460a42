import "server-only";
import { formatUsd, parseUsd } from "@/lib/domain/money";
import { newId } from "./sql";

/** Small conversions shared by the tenant document's readers and writers. */
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
export const money = (cents: number) => formatUsd(cents);
export const cents = (s: string) => parseUsd(s, { allowNegative: true }) ?? 0;
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A DateTime column read raw: Prisma stores ISO text (or epoch ms in older rows). */
export function rawIso(v: string | number | Date): string {
  return new Date(typeof v === "string" && !/[zZ]|[+-]\d\d:\d\d$/.test(v) ? `${v}Z` : v).toISOString();
}

/** Ids that sort in the order they are handed out (one shared prefix, then a counter). */
export function orderedIds(n: number): string[] {
  const prefix = newId().slice(0, 15);
  return Array.from({ length: n }, (_, i) => prefix + i.toString(36).padStart(10, "0"));
}
