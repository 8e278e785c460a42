import "server-only";
import { inTenantTransaction } from "./transaction";
import type { Actor, TenantAccess } from "@/lib/auth/actor";
import { normalizeEmail } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { createAuditEvent } from "@/lib/data/audit";
import {
  clearMetGoals,
  findAccountNames,
  findAccountsByEmails,
  findClass,
  findClassesOfTrainer,
  findLastActivity,
  findSeatsOfTenants,
  insertClass,
  insertSeat,
  insertTraineeAccount,
  markClassEnded,
  setAllMembershipRoles,
  type ClassWithSeats,
} from "@/lib/data/classes";
import { getDb, type Tx } from "@/lib/data/db";
import { setTenantScenario } from "@/lib/data/scenarios";
import { deleteTenantState, findCreditsVersion, tenantColumnsOf, updateTenantColumns, writeTenantState } from "@/lib/data/tenant-document";
import { deleteTenantRow, findTenant, upsertMembership } from "@/lib/data/tenants";
import {
  DEFAULT_TRAINER_ROLE,
  duplicateTrainees,
  groupTenants,
  mayManageClass,
  progressCsv,
  progressOf,
  type ClassProgress,
  type GroupableTenant,
  type SeatOfTenant,
  type TenantGroup,
} from "@/lib/domain/classes";
import { AppError } from "@/lib/domain/errors";
import { isRole, type Role } from "@/lib/domain/roles";
import { createClassInput, endClassInput } from "@/lib/validation/classes";
import { fieldErrors } from "@/lib/validation/errors";
import { findScenario, goalsOfScenario, judgeTenantGoals } from "./scenarios";
import { generatePassword, instanceRoleOf } from "./signins";
import { createTenantFromDocument } from "./snapshots";
import type { TenantState, TenantSummary } from "@/lib/validation/responses";
import { getTenantState, listTenants } from "./tenants";

/** Classes (issue 11; shared/api.md "Scenarios and classes"): one tenant copy per trainee, a board for the trainer. */

export type { ClassProgress };

export interface SeatView {
  email: string;
  name: string;
  accountId: string;
  /** null once the class ended with its copies deleted */
  tenantId: string | null;
  /** only in the answer to POST /classes, for a trainee whose sign-in it created: shown this once */
  password?: string;
}

export interface ClassView {
  id: string;
  name: string;
  scenarioId: string;
  trainerRole: Role;
  createdAt: string;
  endedAt: string | null;
  keptCopies: boolean | null;
  seats: SeatView[];
}

/** Creating 30 tenant copies in one transaction takes a few seconds; Prisma's default is 5 s. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

function notFound(): AppError {
  return AppError.notFound("That class");
}

function roleOf(value: string): Role {
  return isRole(value) ? value : DEFAULT_TRAINER_ROLE;
}

async function viewOf(tx: Tx, row: ClassWithSeats, passwords: Map<string, string> = new Map()): Promise<ClassView> {
  const names = new Map(
    (
      await findAccountNames(
        tx,
        row.seats.map((s) => s.accountId),
      )
    ).map((a) => [a.id, a.name]),
  );
  return {
    id: row.id,
    name: row.name,
    scenarioId: row.scenarioId,
    trainerRole: roleOf(row.trainerRole),
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    keptCopies: row.keptCopies,
    seats: row.seats.map((s) => {
      const password = passwords.get(s.accountId);
      return {
        email: s.email,
        name: names.get(s.accountId) ?? s.email,
        accountId: s.accountId,
        tenantId: s.tenantId,
        ...(password ? { password } : {}),
      };
    }),
  };
}

async function requireTrainer(actor: Actor): Promise<void> {
  if ((await instanceRoleOf(actor)) === "member")
    throw new AppError({ code: "FORBIDDEN", message: "Only a trainer or an owner runs classes." });
}

/** The actor's own class, or NOT_FOUND (another trainer's class looks missing). */
async function managedClass(tx: Tx, actor: Actor, classId: string): Promise<ClassWithSeats> {
  const row = await findClass(tx, classId);
  if (!row || !mayManageClass(actor.accountId, row)) throw notFound();
  return row;
}

function nameFromEmail(email: string): string {
  const local = email.split("@")[0] ?? email;
  return (
    local
      .split(/[._-]+/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(" ") || email
  );
}

/**
 * POST /classes: each trainee (an existing sign-in, or a new email that becomes a member sign-in with a generated
 * password) gets a copy of the scenario's tenant as Global admin; the trainer joins each copy with `trainerRole`.
 * One transaction: a refused request creates no sign-in, no tenant and no class.
 */
export async function createClass(actor: Actor, body: unknown): Promise<ClassView> {
  await requireTrainer(actor);
  const parsed = createClassInput.safeParse(body);
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error));
  const input = parsed.data;
  const emails = input.trainees.map(normalizeEmail);
  const details = duplicateTrainees(emails);
  emails.forEach((e, i) => {
    if (e === normalizeEmail(actor.email)) details[`trainees.${i}`] = ["The trainer can't be a trainee of the class."];
  });
  const existing = new Map((await findAccountsByEmails(getDb(), emails)).map((a) => [a.email, a]));
  emails.forEach((e, i) => {
    if (existing.get(e)?.disabled) details[`trainees.${i}`] = [`${e} is disabled: enable the sign-in first.`];
  });
  if (Object.keys(details).length > 0) throw AppError.validation(details, "Some trainees can't join the class.");
  const scenario = await findScenario(getDb(), actor, input.scenarioId);
  const trainerRole = input.trainerRole ?? DEFAULT_TRAINER_ROLE;

  // Hash the new sign-ins' passwords before the transaction (scrypt is slow; the write lock is not held meanwhile).
  const fresh = await Promise.all(
    emails
      .filter((e) => !existing.has(e))
      .map(async (email) => {
        const password = generatePassword();
        return { email, name: nameFromEmail(email), password, passwordHash: await hashPassword(password) };
      }),
  );

  return getDb().$transaction(async (tx) => {
    const passwords = new Map<string, string>();
    const accounts = new Map<string, { id: string; email: string; name: string }>(existing);
    for (const f of fresh) {
      const row = await insertTraineeAccount(tx, {
        email: f.email,
        name: f.name,
        passwordHash: f.passwordHash,
        createdById: actor.accountId,
      });
      accounts.set(f.email, row);
      passwords.set(row.id, f.password);
    }
    const cls = await insertClass(tx, { name: input.name, scenarioId: scenario.id, trainerId: actor.accountId, trainerRole });
    for (const email of emails) {
      const trainee = accounts.get(email)!;
      const traineeActor: Actor = { accountId: trainee.id, email: trainee.email, name: trainee.name, via: "session" };
      const tenant = await createTenantFromDocument(tx, traineeActor, scenario.document, `${input.name}: ${trainee.name}`, "class.join", {
        classId: cls.id,
        scenarioId: scenario.id,
        trainer: actor.email,
      });
      await setTenantScenario(tx, tenant.id, scenario.id);
      await upsertMembership(tx, tenant.id, actor.accountId, trainerRole);
      await insertSeat(tx, { classId: cls.id, accountId: trainee.id, email, tenantId: tenant.id });
    }
    return viewOf(tx, (await findClass(tx, cls.id))!, passwords);
  }, TX_OPTIONS);
}

/** GET /classes: the classes the caller runs, newest first. */
export async function listClasses(actor: Actor): Promise<ClassView[]> {
  const db = getDb();
  const rows = await findClassesOfTrainer(db, actor.accountId);
  return Promise.all(rows.map((r) => viewOf(db, r)));
}

/** GET /classes/{id}. */
export async function getClass(actor: Actor, classId: string): Promise<ClassView> {
  const db = getDb();
  return viewOf(db, await managedClass(db, actor, classId));
}

/**
 * GET /classes/{id}/progress: every seat's goals judged now on its copy, read from the database (so a board
 * polled through any instance of the server sees the same), with when each goal was first seen met.
 */
export async function classProgress(actor: Actor, classId: string): Promise<ClassProgress> {
  const db = getDb();
  const cls = await managedClass(db, actor, classId);
  const goals = await goalsOfScenario(db, cls.scenarioId);
  const names = new Map(
    (
      await findAccountNames(
        db,
        cls.seats.map((s) => s.accountId),
      )
    ).map((a) => [a.id, a.name]),
  );
  const tenantIds = cls.seats.flatMap((s) => (s.tenantId ? [s.tenantId] : []));
  const activity = await findLastActivity(db, tenantIds);
  const seats = [];
  for (const s of cls.seats) {
    // One short transaction per copy (a consistent read of its state, and the record of a newly met goal), so
    // the trainees' own requests interleave with a 30-seat board instead of waiting for all of it.
    const tenantId = s.tenantId;
    const judged = tenantId
      ? await inTenantTransaction(tenantId, (tx) => judgeTenantGoals(tx, tenantId), TX_OPTIONS).catch((err: unknown) => {
          // A copy deleted since the seats were read shows as nothing met.
          if (err instanceof AppError && err.body.code === "NOT_FOUND") return [];
          throw err;
        })
      : [];
    seats.push({
      email: s.email,
      name: names.get(s.accountId) ?? s.email,
      accountId: s.accountId,
      tenantId: s.tenantId,
      met: Object.fromEntries(judged.filter((g) => g.met && g.metAt).map((g) => [g.id, g.metAt as string])),
      lastActivityAt: (s.tenantId && activity.get(s.tenantId)?.toISOString()) || null,
    });
  }
  return progressOf(goals, seats);
}

export async function classProgressCsv(actor: Actor, classId: string): Promise<string> {
  return progressCsv(await classProgress(actor, classId));
}

function classEnded(): AppError {
  return new AppError({ code: "CONFLICT", message: "The class has ended: its copies can't be reset or ended again." });
}

/** POST /classes/{id}/seats/{tenantId}/reset: the trainee's copy back to the scenario's start; its goals start over. */
export async function resetSeat(actor: Actor, classId: string, tenantId: string): Promise<TenantState> {
  return getDb().$transaction(async (tx) => {
    const cls = await managedClass(tx, actor, classId);
    const seat = cls.seats.find((s) => s.tenantId === tenantId);
    if (!seat) throw AppError.notFound("That seat");
    if (cls.endedAt) throw classEnded();
    const scenario = await findScenario(tx, actor, cls.scenarioId);
    const tenant = await findTenant(tx, tenantId);
    if (!tenant) throw AppError.notFound("That seat");
    const doc = scenario.document.tenant;
    // A credits writer that read the account before the reset fails its version guard and retries on the new state.
    const accountVersion = (await findCreditsVersion(tx, tenantId)) + 1;
    await deleteTenantState(tx, tenantId);
    await updateTenantColumns(tx, tenantId, tenantColumnsOf(doc));
    await writeTenantState(tx, tenantId, doc, { accountVersion });
    await clearMetGoals(tx, tenantId);
    await createAuditEvent(tx, {
      tenantId,
      actor: { accountId: actor.accountId, email: actor.email },
      action: "class.reset",
      target: tenant.name,
      outcome: "success",
      details: { classId, scenarioId: cls.scenarioId },
    });
    const access: TenantAccess = { actor, tenantId, role: roleOf(cls.trainerRole) };
    return getTenantState(access, tx);
  }, TX_OPTIONS);
}

/**
 * POST /classes/{id}/end: the copies are kept read-only (every member becomes a Global reader) or deleted.
 * The trainees' sign-ins stay.
 */
export async function endClass(actor: Actor, classId: string, body: unknown): Promise<ClassView> {
  const parsed = endClassInput.safeParse(body);
  if (!parsed.success) throw AppError.validation(fieldErrors(parsed.error));
  const { keepCopies } = parsed.data;
  return getDb().$transaction(async (tx) => {
    const cls = await managedClass(tx, actor, classId);
    if (cls.endedAt) throw classEnded();
    for (const s of cls.seats) {
      if (!s.tenantId) continue;
      if (keepCopies) await setAllMembershipRoles(tx, s.tenantId, "GLOBAL_READER");
      else await deleteTenantRow(tx, s.tenantId);
    }
    await markClassEnded(tx, classId, keepCopies, new Date());
    return viewOf(tx, (await findClass(tx, classId))!);
  }, TX_OPTIONS);
}

// ---- The tenant list and switcher, grouped by class and "mine".

export type { TenantGroup };

/** The actor's tenants grouped (lib/domain/classes groupTenants); other people's ended-class copies are hidden unless showAll. */
export async function groupedTenants(
  actor: Actor,
  opts: { query?: string; showAll?: boolean } = {},
  tenants?: TenantSummary[],
): Promise<{ groups: TenantGroup<TenantSummary>[]; hidden: number }> {
  const list = tenants ?? (await listTenants(actor));
  const seats = await findSeatsOfTenants(
    getDb(),
    list.map((t) => t.id),
  );
  const ofTenant: SeatOfTenant[] = seats.flatMap((s) =>
    s.tenantId
      ? [
          {
            tenantId: s.tenantId,
            classId: s.class.id,
            className: s.class.name,
            ended: s.class.endedAt !== null,
            mine: s.accountId === actor.accountId,
          },
        ]
      : [],
  );
  return groupTenants<TenantSummary & GroupableTenant>(list, ofTenant, opts);
}
