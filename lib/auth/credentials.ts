import "server-only";
import { createHash } from "node:crypto";
import { findAccountByEmail, findAccountById, findTokenByHash, markTokenUsed } from "@/lib/data/accounts";
import type { Actor } from "./actor";
import { verifyPassword } from "./password";

/** Checks a sign-in's email and password; null when either is wrong (the caller says which is not told). */
export async function verifyCredentials(email: string, password: string): Promise<Actor | null> {
  const account = await findAccountByEmail(normalizeEmail(email));
  if (!account) {
    // Spend the same time as a real check so response times don't reveal which emails exist.
    await verifyPassword(password, DUMMY_HASH);
    return null;
  }
  if (!(await verifyPassword(password, account.passwordHash))) return null;
  return { accountId: account.id, email: account.email, name: account.name, via: "session" };
}

const DUMMY_HASH = "scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findActorById(accountId: string): Promise<Actor | null> {
  const account = await findAccountById(accountId);
  return account ? { accountId: account.id, email: account.email, name: account.name, via: "session" } : null;
}

// ---- API tokens: shown once, stored as a SHA-256 hash (a random 256-bit token needs no slow hash).

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The owner of a live token, or null for an unknown, revoked or expired one. */
export async function findActorByToken(token: string): Promise<Actor | null> {
  const row = await findTokenByHash(hashToken(token));
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  // Best effort, and at most once a minute: every API call taking SQLite's write lock would slow scripts down.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await markTokenUsed(row.id, now);
  return { accountId: row.account.id, email: row.account.email, name: row.account.name, via: "token" };
}
