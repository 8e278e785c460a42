import type { Reason, Remedy } from "./types";

/**
 * A refusal as every caller sees it (API error body, form state, the console's reason box): a domain
 * `Reason` with its rule, or a refusal that has no rule (validation, sign-in, permission, not found).
 */
export interface ErrorBody {
  code: string;
  message: string;
  ruleId?: string;
  doc?: string;
  remedies?: Remedy[];
  details?: Record<string, unknown>;
}

/** A refusal as the console shows it (ReasonBox, form state): the error body without its machine details. */
export type RefusalView = Omit<ErrorBody, "details">;

/**
 * A failure a caller should see: validation, auth, not-found, or a domain denial.
 * Thrown inside a transaction it also rolls the transaction back, so nothing is written.
 */
export class AppError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
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
