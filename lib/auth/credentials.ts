import "server-only";
import { createHash } from "node:crypto";
import {
  findAccountByEmail,
  findSessionWithAccount,
  findTokenByHash,
  insertSession,
  markTokenUsed,
  revokeSession,
} from "@/lib/data/accounts";
import { clearSignInFailures, recordSignInFailure, signInBlockedFor } from "@/lib/data/throttle";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "./actor";
import { verifyPassword } from "./password";

export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError({
    code: "TOO_MANY_ATTEMPTS",
    message: `Too many wrong passwords. Wait ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s) and try again.`,
    details: { retryAfterSeconds: Math.max(1, retryAfterSeconds) },
  });
}

/**
 * Checks a sign-in's email and password; null when either is wrong or the sign-in is disabled (the caller is not
 * told which). Throws TOO_MANY_ATTEMPTS (with details.retryAfterSeconds) once `ip` or the email has failed too often.
 */
export async function verifyCredentials(email: string, password: string, ip = "unknown"): Promise<Actor | null> {
  const key = normalizeEmail(email);
  const blocked = await signInBlockedFor(key, ip);
  if (blocked > 0) throw tooManyAttempts(blocked);
  const account = await findAccountByEmail(key);
  // Spend the same time as a real check so response times don't reveal which emails exist.
  const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !ok || account.disabled) {
    const wait = await recordSignInFailure(key, ip);
    if (wait > 0) throw tooManyAttempts(wait);
    return null;
  }
  await clearSignInFailures(key, ip);
  return { accountId: account.id, email: account.email, name: account.name, via: "session" };
}

const DUMMY_HASH = "scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// ---- Console sessions: the JWT names a session row; signing out, disabling or a password change revokes it.

export async function startSession(accountId: string): Promise<string> {
  return insertSession(accountId);
}

export async function endSession(sessionId: string): Promise<void> {
  await revokeSession(sessionId, new Date());
}

/** The actor of a live session: the row exists, is not revoked, belongs to the account, and the account is enabled. */
export async function findActorBySession(accountId: string, sessionId: string): Promise<Actor | null> {
  const row = await findSessionWithAccount(sessionId);
  if (!row || row.revokedAt || row.accountId !== accountId || row.account.disabled) return null;
  return { accountId: row.account.id, email: row.account.email, name: row.account.name, via: "session", sessionId: row.id };
}

// ---- API tokens: shown once, stored as a SHA-256 hash (a random 256-bit token needs no slow hash).

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The owner of a live token, or null for an unknown, revoked or expired one, or a disabled sign-in's. */
export async function findActorByToken(token: string): Promise<Actor | null> {
  const row = await findTokenByHash(hashToken(token));
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now() || row.account.disabled) return null;
  // Best effort, and at most once a minute: every API call taking SQLite's write lock would slow scripts down.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await markTokenUsed(row.id, now);
  return { accountId: row.account.id, email: row.account.email, name: row.account.name, via: "token", tokenId: row.id };
}
