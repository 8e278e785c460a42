import "server-only";
import { getDb } from "./db";

/** People who sign in and their API tokens: not tenant-owned, so every query is keyed by account or hash. */

export type AccountRow = { id: string; email: string; name: string; passwordHash: string };

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

export async function findAccountByEmail(email: string): Promise<AccountRow | null> {
  return getDb().account.findUnique({ where: { email } });
}

export async function findAccountById(accountId: string): Promise<AccountRow | null> {
  return getDb().account.findUnique({ where: { id: accountId } });
}

export async function insertAccount(data: { email: string; name: string; passwordHash: string }): Promise<AccountRow> {
  return getDb().account.create({ data });
}

export async function insertToken(data: {
  accountId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  expiresAt: Date;
}): Promise<TokenRow> {
  return getDb().apiToken.create({ data });
}

export async function findTokensOfAccount(accountId: string): Promise<TokenRow[]> {
  return getDb().apiToken.findMany({ where: { accountId }, orderBy: { createdAt: "desc" } });
}

/** Revokes a live token of the account; false when there is none with that id. */
export async function revokeTokenOfAccount(accountId: string, tokenId: string, at: Date): Promise<boolean> {
  const { count } = await getDb().apiToken.updateMany({
    where: { id: tokenId, accountId, revokedAt: null },
    data: { revokedAt: at },
  });
  return count > 0;
}

export async function findTokenByHash(tokenHash: string): Promise<(TokenRow & { account: AccountRow }) | null> {
  return getDb().apiToken.findUnique({ where: { tokenHash }, include: { account: true } });
}

/** Best effort: a failed bookkeeping write must not fail the request. */
export async function markTokenUsed(tokenId: string, at: Date): Promise<void> {
  await getDb()
    .apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: at } })
    .catch(() => undefined);
}
