import "server-only";
import { getDb } from "./db";
import { sqlOf, toBool, toDate, toDateOrNull } from "./sql";

/** People who sign in and their API tokens: not tenant-owned, so every query is keyed by account or hash. */

export type AccountRow = { id: string; email: string; name: string; passwordHash: string; disabled: boolean };

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

export async function insertAccount(data: {
  email: string;
  name: string;
  passwordHash: string;
  instanceRole?: string;
}): Promise<AccountRow> {
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
  return getDb().apiToken.findMany({ where: { accountId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** Revokes a live token of the account; false when there is none with that id. */
export async function revokeTokenOfAccount(accountId: string, tokenId: string, at: Date): Promise<boolean> {
  const { count } = await getDb().apiToken.updateMany({
    where: { id: tokenId, accountId, revokedAt: null },
    data: { revokedAt: at },
  });
  return count > 0;
}

/** Every API request asks: one hand-written statement (lib/data/sql.ts) for the token and its account. */
export async function findTokenByHash(tokenHash: string): Promise<(TokenRow & { account: AccountRow }) | null> {
  const r = await sqlOf(getDb()).get<Record<string, unknown>>(
    `SELECT t."id" AS "id", t."name" AS "name", t."prefix" AS "prefix", t."createdAt" AS "createdAt", t."expiresAt" AS "expiresAt",
       t."revokedAt" AS "revokedAt", t."lastUsedAt" AS "lastUsedAt", a."id" AS "accountId", a."email" AS "email", a."name" AS "accountName",
       a."passwordHash" AS "passwordHash", a."disabled" AS "disabled"
     FROM "ApiToken" t JOIN "Account" a ON a."id" = t."accountId" WHERE t."tokenHash" = ?`,
    tokenHash,
  );
  if (!r) return null;
  return {
    id: String(r.id),
    name: String(r.name),
    prefix: String(r.prefix),
    createdAt: toDate(r.createdAt),
    expiresAt: toDate(r.expiresAt),
    revokedAt: toDateOrNull(r.revokedAt),
    lastUsedAt: toDateOrNull(r.lastUsedAt),
    account: {
      id: String(r.accountId),
      email: String(r.email),
      name: String(r.accountName),
      passwordHash: String(r.passwordHash),
      disabled: toBool(r.disabled),
    },
  };
}

/** Best effort: a failed bookkeeping write must not fail the request. */
export async function markTokenUsed(tokenId: string, at: Date): Promise<void> {
  await getDb()
    .apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: at } })
    .catch(() => undefined);
}

// ---- Sign-in management (instance roles) and revocable console sessions.

export type ManagedAccountRow = AccountRow & { instanceRole: string; disabled: boolean; createdById: string | null; createdAt: Date };

export async function listAccounts(createdById?: string): Promise<ManagedAccountRow[]> {
  // Bulk-created sign-ins share a millisecond: the id breaks the tie in creation order (cuids of one process
  // ascend), the same on both databases, and an edit doesn't move the row (it did on PostgreSQL).
  return getDb().account.findMany({ where: createdById ? { createdById } : {}, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export async function findManagedAccount(accountId: string): Promise<ManagedAccountRow | null> {
  return getDb().account.findUnique({ where: { id: accountId } });
}

export async function findTakenEmails(emails: string[]): Promise<Set<string>> {
  const rows = await getDb().account.findMany({ where: { email: { in: emails } }, select: { email: true } });
  return new Set(rows.map((r) => r.email));
}

type NewAccount = { email: string; name: string; passwordHash: string; instanceRole: string; createdById: string | null };

/** All or nothing: one transaction; a unique-email clash rolls every row back. */
export async function insertAccounts(rows: NewAccount[]): Promise<ManagedAccountRow[]> {
  return getDb().$transaction(async (tx) => {
    const out: ManagedAccountRow[] = [];
    for (const data of rows) out.push(await tx.account.create({ data }));
    return out;
  });
}

/** Updates an account and, when `revokeAll`, ends its sessions and tokens in the same transaction. */
export async function updateAccount(
  accountId: string,
  data: { name?: string; disabled?: boolean; instanceRole?: string; passwordHash?: string },
  revoke: { sessionsExcept?: string | null; tokensExcept?: string | null } | null,
  at: Date,
): Promise<ManagedAccountRow> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.account.update({ where: { id: accountId }, data });
    if (revoke) {
      await tx.consoleSession.updateMany({
        where: { accountId, revokedAt: null, ...(revoke.sessionsExcept ? { id: { not: revoke.sessionsExcept } } : {}) },
        data: { revokedAt: at },
      });
      await tx.apiToken.updateMany({
        where: { accountId, revokedAt: null, ...(revoke.tokensExcept ? { id: { not: revoke.tokensExcept } } : {}) },
        data: { revokedAt: at },
      });
    }
    return row;
  });
}

export async function insertSession(accountId: string): Promise<string> {
  return (await getDb().consoleSession.create({ data: { accountId } })).id;
}

export async function findSessionWithAccount(sessionId: string) {
  return getDb().consoleSession.findUnique({ where: { id: sessionId }, include: { account: true } });
}

export async function revokeSession(sessionId: string, at: Date): Promise<void> {
  await getDb().consoleSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: at } });
}
