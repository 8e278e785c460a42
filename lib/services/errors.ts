import type { Reason } from "@/lib/domain/types";

/** Codes that are not domain denials (shared/api.md "Error codes"). */
export type HttpOnlyCode =
  | "VALIDATION_FAILED"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "IDEMPOTENCY_KEY_REUSED"
  | "CONFLICT";

/** HTTP status of every denial code, from shared/api.md. */
export const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  IDEMPOTENCY_KEY_REUSED: 409,
  CONFLICT: 409,
  NO_BASE_PLAN: 422,
  CLOUD_21VIANET: 422,
  RESELLER_GODADDY: 422,
  MONTHLY_COMMITMENT: 422,
  PARTNER_E3_SEAT_REQUIRED: 422,
  ALREADY_INCLUDED: 422,
  PLAN_SWITCH_REQUIRED: 422,
  PREREQUISITE_MISSING: 422,
  COUNTRY_NOT_AVAILABLE: 422,
  ORG_TYPE_NOT_AVAILABLE: 422,
  INSUFFICIENT_LICENSES: 409,
  SEATS_IN_USE: 409,
  DEPENDENCY_VIOLATION: 409,
  MUTUALLY_EXCLUSIVE: 409,
  HYBRID_USER_CALLING_PLAN: 409,
  USAGE_LOCATION_REQUIRED: 409,
  CREDITS_NOT_SET_UP: 409,
  AMOUNT_BELOW_MINIMUM: 422,
  INSUFFICIENT_FUNDS: 402,
  PAYMENT_DECLINED: 402,
};

export interface ErrorBody {
  code: string;
  message: string;
  ruleId?: string;
  doc?: string;
  remedies?: unknown[];
  details?: Record<string, unknown>;
}

/**
 * A failure a caller should see: validation, auth, not-found, or a domain denial.
 * Thrown inside a transaction it also rolls the transaction back, so nothing is written.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.status = STATUS_BY_CODE[body.code] ?? 400;
  }

  static fromReason(reason: Reason): AppError {
    return new AppError({
      code: reason.code,
      message: reason.message,
      ruleId: reason.ruleId,
      doc: reason.doc,
      remedies: reason.remedies,
      details: reason.details ?? {},
    });
  }

  static notFound(what = "That item"): AppError {
    return new AppError({ code: "NOT_FOUND", message: `${what} does not exist, or you don't have access to it.` });
  }

  static forbidden(): AppError {
    return new AppError({ code: "FORBIDDEN", message: "Your role in this tenant doesn't allow that action." });
  }

  static unauthenticated(): AppError {
    return new AppError({ code: "UNAUTHENTICATED", message: "Sign in, or send a valid API token." });
  }

  static validation(details: Record<string, unknown>, message = "Some fields need attention."): AppError {
    return new AppError({ code: "VALIDATION_FAILED", message, details });
  }
}
