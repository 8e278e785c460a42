import { statusOf } from "@/lib/api/status";
import { AppError, type ErrorBody } from "@/lib/domain/errors";

/** A refusal as a caller sees it: the error body, and the HTTP status the API would answer with. */
export interface Refusal {
  body: ErrorBody;
  status: number;
}

/** Awaits `p` and returns the AppError it was refused with; fails the test when it succeeds or throws anything else. */
export async function refusalOf(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return { body: err.body, status: statusOf(err.body.code) };
    throw err;
  }
  throw new Error("expected a refusal (AppError), but the call succeeded");
}

/** The refusal's code, or "NO_ERROR" when the call succeeded. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.body.code;
    throw err;
  }
  return "NO_ERROR";
}
