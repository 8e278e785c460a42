import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/data/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "./errors";
import type { Actor } from "./actor";

/** Checks a sign-in's email and password; null when either is wrong (the caller says which is not told). */
export async function verifyCredentials(email: string, password: string): Promise<Actor | null> {
  const account = await getDb().account.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!account) {
    // Spend the same time as a real check so response times don't reveal which emails exist.
    await verifyPassword(password, DUMMY_HASH);
    return null;
  }
  if (!(await verifyPassword(password, account.passwordHash))) return null;
  return { accountId: account.id, email: account.email, name: account.name, via: "session" };
}

const DUMMY_HASH = "scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export async function createAccount(email: string, name: string, password: string) {
  return getDb().account.create({
    data: { email: email.trim().toLowerCase(), name, passwordHash: await hashPassword(password) },
  });
}

export async function findActorById(accountId: string): Promise<Actor | null> {
  const account = await getDb().account.findUnique({ where: { id: accountId } });
  return account ? { accountId: account.id, email: account.email, name: account.name, via: "session" } : null;
}

// ---- API tokens: shown once, stored as a SHA-256 hash (a random 256-bit token needs no slow hash).

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export async function createToken(
  actor: Pick<Actor, "accountId">,
  opts: { name?: string; expiresInDays?: number } = {},
): Promise<{ token: string; view: TokenView }> {
  const token = `bst_${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + (opts.expiresInDays ?? 30) * 86_400_000);
  const row = await getDb().apiToken.create({
    data: {
      accountId: actor.accountId,
      name: opts.name ?? "API token",
      tokenHash: hashToken(token),
      prefix: token.slice(0, 10),
      expiresAt,
    },
  });
  return { token, view: toTokenView(row) };
}

function toTokenView(row: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}): TokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function listTokens(actor: Actor): Promise<TokenView[]> {
  const rows = await getDb().apiToken.findMany({ where: { accountId: actor.accountId }, orderBy: { createdAt: "desc" } });
  return rows.map(toTokenView);
}

export async function revokeToken(actor: Actor, tokenId: string): Promise<void> {
  const { count } = await getDb().apiToken.updateMany({
    where: { id: tokenId, accountId: actor.accountId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw AppError.notFound("That token");
}

/** The owner of a live token, or null for an unknown, revoked or expired one. */
export async function findActorByToken(token: string): Promise<Actor | null> {
  const row = await getDb().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { account: true } });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  // Best effort, and at most once a minute: every API call taking SQLite's write lock would slow scripts down.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await getDb()
      .apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } })
      .catch(() => undefined);
  }
  return { accountId: row.account.id, email: row.account.email, name: row.account.name, via: "token" };
}
