import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashToken, normalizeEmail } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { findTokensOfAccount, insertAccount, insertToken, revokeTokenOfAccount, type TokenRow } from "@/lib/data/accounts";
import { AppError } from "@/lib/domain/errors";
import type { InstanceRole } from "@/lib/domain/instance-roles";

export async function createAccount(email: string, name: string, password: string, opts: { instanceRole?: InstanceRole } = {}) {
  return insertAccount({ email: normalizeEmail(email), name, passwordHash: await hashPassword(password), instanceRole: opts.instanceRole });
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
  const row = await insertToken({
    accountId: actor.accountId,
    name: opts.name ?? "API token",
    tokenHash: hashToken(token),
    prefix: token.slice(0, 10),
    expiresAt,
  });
  return { token, view: toTokenView(row) };
}

function toTokenView(row: TokenRow): TokenView {
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
  return (await findTokensOfAccount(actor.accountId)).map(toTokenView);
}

export async function revokeToken(actor: Actor, tokenId: string): Promise<void> {
  if (!(await revokeTokenOfAccount(actor.accountId, tokenId, new Date()))) throw AppError.notFound("That token");
}
