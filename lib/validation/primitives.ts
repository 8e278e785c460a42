import { z } from "zod";

/**
 * The two primitives every input schema is built from (issue 14), so one rule holds for every field:
 *
 * - `text()`: a string that is well-formed Unicode without NUL. JSON can carry a lone UTF-16 surrogate ("\ud800") or a
 *   NUL ("\u0000", which PostgreSQL's text can't hold); such a string can't be stored or shown the same on both
 *   databases, so it is refused at the boundary (400 VALIDATION_FAILED), never passed on to the database.
 * - `wholeNumber()`: a JSON number that is a whole number in range. `true`, "16", "0x10" and "1e3" are not numbers.
 *   Form posts and query strings carry text: they go through `fromDigits` / `wholeNumberText`, which accept decimal
 *   digits only ("16"), nothing else.
 */

const BROKEN_TEXT = "This text contains a broken character (an unpaired UTF-16 surrogate or a NUL). Retype it.";

export function isWellFormed(value: string): boolean {
  return value.isWellFormed() && !value.includes("\u0000");
}

/** A string that is well-formed Unicode; chain `.trim()`, `.min()`, `.regex()`... as with `z.string()`. */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isWellFormed, { message: BROKEN_TEXT, abort: true });
}

/** Decimal digits only: what a form post or a query string may carry for a number. */
export const DECIMAL_DIGITS = /^\d{1,12}$/;

/**
 * For server actions that feed a form's text to a JSON schema: "16" -> 16; anything else ("0x10", "1e3", "", "1.5")
 * is passed on unchanged, so the schema refuses it with the field's own message.
 */
export function fromDigits(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const v = value.trim();
  return DECIMAL_DIGITS.test(v) ? Number(v) : value;
}

export interface WholeNumberOptions {
  min: number;
  max: number;
  /** What the number counts, for messages: "seats", "minutes". */
  noun: string;
  minMessage?: string;
  maxMessage?: string;
}

/** A whole number sent as a JSON number, in [min, max]. */
export function wholeNumber(o: WholeNumberOptions) {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined || issue.input === ""
          ? `Enter a number of ${o.noun}`
          : `Enter the number of ${o.noun} as a whole number in digits, like ${o.min}`,
    })
    .int(`Enter the number of ${o.noun} as a whole number in digits, like ${o.min}`)
    .min(o.min, o.minMessage ?? `Use at least ${o.min}`)
    .max(o.max, o.maxMessage ?? `Use at most ${o.max.toLocaleString("en-US")}`);
}

/** A whole number sent as text (query strings): decimal digits only, then the same range as `wholeNumber`. */
export function wholeNumberText(o: WholeNumberOptions) {
  return text()
    .trim()
    .regex(DECIMAL_DIGITS, `Enter the number of ${o.noun} in digits, like ${o.min}`)
    .transform(Number)
    .pipe(wholeNumber(o));
}

/** `?limit=` of the list endpoints: decimal digits only, like every number sent as text. */
export function limitQuery(defaultLimit: number) {
  return z.object({ limit: wholeNumberText({ min: 1, max: 100_000, noun: "entries" }).default(defaultLimit) });
}
