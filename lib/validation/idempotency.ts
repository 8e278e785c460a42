import { AppError } from "@/lib/domain/errors";

export const IDEMPOTENCY_KEY_MAX = 200;

/**
 * The Idempotency-Key of a write, from an API header or a console form's hidden field, checked once for both:
 * blank means none; longer than 200 characters is a validation failure keyed "Idempotency-Key".
 */
export function idempotencyKeyOf(raw: unknown): string | undefined {
  const key = typeof raw === "string" ? raw.trim() : "";
  if (!key) return undefined;
  if (key.length > IDEMPOTENCY_KEY_MAX) throw AppError.validation({ "Idempotency-Key": [`Use at most ${IDEMPOTENCY_KEY_MAX} characters`] });
  return key;
}
