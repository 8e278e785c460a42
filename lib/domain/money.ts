/**
 * Money helpers. Inside the domain money is always an integer number of US cents; at the API edge it
 * is a decimal string with two places ("50.00", shared/api.md). Parsing works on the string's digits,
 * never through a float, so "0.29" is exactly 29 cents.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * "50.00" | "50" | "0.5" | "-3.25" -> cents. Returns null for anything else: more than two decimals,
 * exponents, spaces, a sign other than a leading "-", or a negative amount unless `allowNegative`.
 */
export function parseUsd(s: string, opts: { allowNegative?: boolean } = {}): number | null {
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const [, minus, whole, fraction = ""] = m;
  if (minus && !opts.allowNegative) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return minus && cents !== 0 ? -cents : cents;
}

/** Cents -> API decimal string with two places: 5000 -> "50.00", -325 -> "-3.25". */
export function formatUsd(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`cents must be an integer, got ${cents}`);
  const abs = Math.abs(cents);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return cents < 0 ? `-${text}` : text;
}

/**
 * Cents -> display string, the one money format of the console: 5000 -> "$50.00", -325 -> "-$3.25",
 * 123456789 -> "$1,234,567.89" (thousands separated, always two decimals).
 */
export function formatUsdDisplay(cents: number): string {
  const text = formatUsd(cents);
  const negative = text.startsWith("-");
  const [whole, fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}$${grouped}.${fraction}`;
}

/** An API decimal string ("1234.5", "-0.20") -> the display format ("$1,234.50", "-$0.20"); unparseable text is shown as is. */
export function formatUsdAmount(amount: string): string {
  const cents = parseUsd(amount.trim(), { allowNegative: true });
  return cents === null ? amount : formatUsdDisplay(cents);
}

/** Throws when a money value is not a whole number of cents (a bug, not a user error). */
export function assertCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer number of cents, got ${value}`);
}
