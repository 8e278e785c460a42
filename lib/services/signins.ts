import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { normalizeEmail } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  findManagedAccount,
  findTakenEmails,
  insertAccounts,
  listAccounts,
  updateAccount,
  type ManagedAccountRow,
} from "@/lib/data/accounts";
import { AppError } from "@/lib/domain/errors";
import {
  accountScope,
  asInstanceRole,
  duplicateRows,
  mayCreateWithRole,
  maySee,
  patchRefusal,
  type InstanceRole,
} from "@/lib/domain/instance-roles";

/** Sign-in management (shared/api.md "Sign-ins"): owners manage all, trainers the trainees they created. */

export interface AccountView {
  id: string;
  email: string;
  name: string;
  instanceRole: InstanceRole;
  disabled: boolean;
  createdAt: string;
}

function toView(row: ManagedAccountRow): AccountView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    instanceRole: asInstanceRole(row.instanceRole),
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
  };
}

function forbidden(message = "Only an owner or a trainer manages sign-ins."): AppError {
  return new AppError({ code: "FORBIDDEN", message });
}

/** The acting sign-in with its instance role, re-read (a role changed a moment ago counts at once). */
async function managerOf(actor: Actor): Promise<{ id: string; role: InstanceRole }> {
  const row = await findManagedAccount(actor.accountId);
  if (!row || row.disabled) throw AppError.unauthenticated();
  return { id: row.id, role: asInstanceRole(row.instanceRole) };
}

export async function instanceRoleOf(actor: Actor): Promise<InstanceRole> {
  return (await managerOf(actor)).role;
}

/** A password handed out once: 16 characters from an alphabet without look-alikes. */
export function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

export async function listManagedAccounts(actor: Actor): Promise<AccountView[]> {
  const me = await managerOf(actor);
  const scope = accountScope(me.role);
  if (scope === "none") throw forbidden();
  return (await listAccounts(scope === "created" ? me.id : undefined)).map(toView);
}

function conflict(email: string): AppError {
  return new AppError({ code: "CONFLICT", message: `${email} already has a sign-in.`, details: { email: [`${email} is in use.`] } });
}

export async function createManagedAccount(
  actor: Actor,
  input: { email: string; name: string; password?: string; instanceRole?: InstanceRole },
): Promise<AccountView & { password: string }> {
  const me = await managerOf(actor);
  const role = input.instanceRole ?? "member";
  if (accountScope(me.role) === "none") throw forbidden();
  if (!mayCreateWithRole(me.role, role)) throw forbidden("A trainer can create member sign-ins only.");
  const email = normalizeEmail(input.email);
  if ((await findTakenEmails([email])).size > 0) throw conflict(email);
  const password = input.password ?? generatePassword();
  const rows = await insertAccounts([
    { email, name: input.name, passwordHash: await hashPassword(password), instanceRole: role, createdById: me.id },
  ]).catch((err) => {
    throw isUniqueClash(err) ? conflict(email) : err;
  });
  return { ...toView(rows[0]), password };
}

function isUniqueClash(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}

/** All or nothing: duplicates (in the list or already taken) name each row; nothing is created then. */
export async function createManagedAccountsBulk(
  actor: Actor,
  accounts: { email: string; name: string }[],
): Promise<{ created: { id: string; email: string; name: string; password: string }[] }> {
  const me = await managerOf(actor);
  if (accountScope(me.role) === "none") throw forbidden();
  const emails = accounts.map((a) => normalizeEmail(a.email));
  const details = duplicateRows(emails, await findTakenEmails(emails));
  if (Object.keys(details).length > 0) {
    throw AppError.validation(details, `${Object.keys(details).length} row(s) can't be created; nothing was created.`);
  }
  const prepared = await Promise.all(
    accounts.map(async (a, i) => {
      const password = generatePassword();
      return {
        password,
        row: { email: emails[i], name: a.name, passwordHash: await hashPassword(password), instanceRole: "member", createdById: me.id },
      };
    }),
  );
  const rows = await insertAccounts(prepared.map((p) => p.row)).catch((err) => {
    throw isUniqueClash(err)
      ? new AppError({ code: "CONFLICT", message: "A sign-in on the list was created meanwhile; nothing was created." })
      : err;
  });
  return { created: rows.map((r, i) => ({ id: r.id, email: r.email, name: r.name, password: prepared[i].password })) };
}

/** Owner or creating trainer: rename, disable/enable, change role, reset password. Disabling or a reset ends every session and token. */
export async function patchManagedAccount(
  actor: Actor,
  accountId: string,
  patch: { name?: string; disabled?: boolean; instanceRole?: InstanceRole; password?: string },
): Promise<AccountView> {
  const me = await managerOf(actor);
  if (accountScope(me.role) === "none") throw forbidden();
  const target = await findManagedAccount(accountId);
  if (!target || !maySee(me, target)) throw AppError.notFound("That sign-in");
  const refusal = patchRefusal(me, target, patch);
  if (refusal) throw forbidden(refusal);
  const revoke = patch.disabled === true || patch.password !== undefined ? { sessionsExcept: null, tokensExcept: null } : null;
  const row = await updateAccount(
    accountId,
    {
      name: patch.name,
      disabled: patch.disabled,
      instanceRole: patch.instanceRole,
      passwordHash: patch.password !== undefined ? await hashPassword(patch.password) : undefined,
    },
    revoke,
    new Date(),
  );
  return toView(row);
}

/** Your own password: the current one must match; every other session and token of yours ends. */
export async function changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  const row = await findManagedAccount(actor.accountId);
  if (!row || row.disabled) throw AppError.unauthenticated();
  if (!(await verifyPassword(currentPassword, row.passwordHash))) {
    throw AppError.validation({ currentPassword: ["That is not your current password."] }, "Your current password doesn't match.");
  }
  await updateAccount(
    actor.accountId,
    { passwordHash: await hashPassword(newPassword) },
    { sessionsExcept: actor.sessionId ?? null, tokensExcept: actor.tokenId ?? null },
    new Date(),
  );
}
