import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { Tx } from "./db";

/** Classes and their seats (issue 11). Classes are keyed by trainer, seats by class; tenant rows by tenantId. */

export interface ClassRow {
  id: string;
  name: string;
  scenarioId: string;
  trainerId: string;
  trainerRole: string;
  createdAt: Date;
  endedAt: Date | null;
  keptCopies: boolean | null;
}

export interface SeatRow {
  id: string;
  classId: string;
  accountId: string;
  email: string;
  tenantId: string | null;
  createdAt: Date;
}

export type ClassWithSeats = ClassRow & { seats: SeatRow[] };

export function insertClass(tx: Tx, data: { name: string; scenarioId: string; trainerId: string; trainerRole: Role }): Promise<ClassRow> {
  return tx.class.create({ data });
}

export function insertSeat(tx: Tx, data: { classId: string; accountId: string; email: string; tenantId: string }): Promise<SeatRow> {
  return tx.classSeat.create({ data });
}

export function findClassesOfTrainer(tx: Tx, trainerId: string): Promise<ClassWithSeats[]> {
  return tx.class.findMany({
    where: { trainerId },
    include: { seats: { orderBy: { email: "asc" } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export function findClass(tx: Tx, classId: string): Promise<ClassWithSeats | null> {
  return tx.class.findUnique({ where: { id: classId }, include: { seats: { orderBy: { email: "asc" } } } });
}

export async function markClassEnded(tx: Tx, classId: string, keptCopies: boolean, at: Date): Promise<void> {
  await tx.class.update({ where: { id: classId }, data: { endedAt: at, keptCopies } });
}

/** The seats whose copy is one of these tenants, with their class (for grouping the tenant list). */
export function findSeatsOfTenants(tx: Tx, tenantIds: string[]) {
  return tx.classSeat.findMany({
    where: { tenantId: { in: tenantIds } },
    select: { tenantId: true, accountId: true, class: { select: { id: true, name: true, endedAt: true } } },
  });
}

/** Sign-ins by email, with what a class needs to know of them. */
export function findAccountsByEmails(tx: Tx, emails: string[]) {
  return tx.account.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, name: true, disabled: true },
  });
}

export function findAccountNames(tx: Tx, accountIds: string[]) {
  return tx.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, name: true } });
}

export function insertTraineeAccount(
  tx: Tx,
  data: { email: string; name: string; passwordHash: string; createdById: string },
): Promise<{ id: string; email: string; name: string }> {
  return tx.account.create({ data: { ...data, instanceRole: "member" }, select: { id: true, email: true, name: true } });
}

/** The latest audit event of each tenant: what the board shows as last activity. */
export async function findLastActivity(tx: Tx, tenantIds: string[]): Promise<Map<string, Date>> {
  if (tenantIds.length === 0) return new Map();
  const rows = await tx.auditEvent.groupBy({ by: ["tenantId"], where: { tenantId: { in: tenantIds } }, _max: { at: true } });
  return new Map(rows.flatMap((r) => (r._max.at ? [[r.tenantId, r._max.at] as const] : [])));
}

/** Every membership of a tenant gets this role (a kept copy of an ended class becomes read-only). */
export async function setAllMembershipRoles(tx: Tx, tenantId: string, role: Role): Promise<void> {
  await tx.membership.updateMany({ where: { tenantId }, data: { role } });
}

export async function clearMetGoals(tx: Tx, tenantId: string): Promise<void> {
  await tx.tenantGoal.deleteMany({ where: { tenantId } });
}

/** Whether `accountId` is the trainer of a class still running with a seat on this tenant (SBX-CLASS-TRAINER). */
export async function isRunningClassTrainer(tx: Tx, tenantId: string, accountId: string): Promise<boolean> {
  const seat = await tx.classSeat.findFirst({
    where: { tenantId, class: { trainerId: accountId, endedAt: null } },
    select: { id: true },
  });
  return seat !== null;
}
