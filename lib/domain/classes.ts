/**
 * Classes (issue 11; shared/api.md "Scenarios and classes"): a trainer, a scenario, one tenant copy per trainee.
 * Pure: who may see a class, the progress board's rows and CSV, and how the tenant list groups tenants. The
 * services load rows and call these.
 */
import type { Role } from "./roles";

export const MAX_CLASS_SEATS = 60;
export const DEFAULT_TRAINER_ROLE: Role = "GLOBAL_READER";

/** Rows of a trainee list that repeat an earlier row, keyed `trainees.N`; empty when every email is new. */
export function duplicateTrainees(emails: readonly string[]): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  const seen = new Map<string, number>();
  emails.forEach((raw, i) => {
    const email = raw.trim().toLowerCase();
    const first = seen.get(email);
    if (first !== undefined) details[`trainees.${i}`] = [`${email} is also on row ${first + 1}.`];
    else seen.set(email, i);
  });
  return details;
}

/** A class is the trainer's own: anyone else (another trainer, a trainee, an owner) gets "not found". */
export function mayManageClass(accountId: string, cls: { trainerId: string }): boolean {
  return cls.trainerId === accountId;
}

export interface SeatProgressInput {
  email: string;
  name: string;
  accountId: string;
  tenantId: string | null;
  /** goal id -> when it was first seen met (ISO), for goals met now */
  met: Record<string, string>;
  lastActivityAt: string | null;
}

export interface SeatProgress {
  email: string;
  name: string;
  accountId: string;
  tenantId: string | null;
  met: string[];
  metAt: Record<string, string>;
  /** goals met, of all goals, as a whole percentage */
  score: number;
  lastActivityAt: string | null;
}

export interface ClassProgress {
  goals: { id: string; text: string }[];
  seats: SeatProgress[];
}

/** The board: each seat's met goals in the scenario's order, with a score out of 100. */
export function progressOf(goals: readonly { id: string; text: string }[], seats: readonly SeatProgressInput[]): ClassProgress {
  return {
    goals: goals.map((g) => ({ id: g.id, text: g.text })),
    seats: seats.map((s) => {
      const met = goals.filter((g) => s.met[g.id] !== undefined).map((g) => g.id);
      return {
        email: s.email,
        name: s.name,
        accountId: s.accountId,
        tenantId: s.tenantId,
        met,
        metAt: Object.fromEntries(met.map((id) => [id, s.met[id]])),
        score: goals.length === 0 ? 0 : Math.round((met.length * 100) / goals.length),
        lastActivityAt: s.lastActivityAt,
      };
    }),
  };
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The board as CSV: one row per trainee, one column per goal holding when it was met (empty when not yet). */
export function progressCsv(p: ClassProgress): string {
  const head = ["email", "name", "tenantId", "score", "lastActivityAt", ...p.goals.map((g) => g.text)];
  const rows = p.seats.map((s) => [
    s.email,
    s.name,
    s.tenantId ?? "",
    String(s.score),
    s.lastActivityAt ?? "",
    ...p.goals.map((g) => s.metAt[g.id] ?? ""),
  ]);
  return `${[head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

// ---- The tenant list and switcher, grouped.

export interface GroupableTenant {
  id: string;
  name: string;
  role: Role;
}

/** A tenant that is a class copy, as the actor relates to it. */
export interface SeatOfTenant {
  tenantId: string;
  classId: string;
  className: string;
  ended: boolean;
  /** the actor is this seat's trainee (else it is the trainer of the class) */
  mine: boolean;
}

export interface TenantGroup<T extends GroupableTenant> {
  key: string;
  label: string;
  tenants: T[];
}

/**
 * Groups: "Mine" (tenants the actor administers that are no class copy), one group per class (a trainee sees its
 * own copy there, the trainer every copy), "Shared with me" (other people's tenants the actor was added to).
 * Copies of an ended class that belong to someone else are other people's leftovers: counted in `hidden`, shown
 * only with `showAll`. `query` keeps tenants whose name contains it (case-insensitive).
 */
export function groupTenants<T extends GroupableTenant>(
  tenants: readonly T[],
  seats: readonly SeatOfTenant[],
  opts: { query?: string; showAll?: boolean } = {},
): { groups: TenantGroup<T>[]; hidden: number } {
  const seatOf = new Map(seats.map((s) => [s.tenantId, s]));
  const q = opts.query?.trim().toLowerCase() ?? "";
  const mine: T[] = [];
  const shared: T[] = [];
  const classes = new Map<string, TenantGroup<T>>();
  let hidden = 0;
  for (const t of tenants) {
    if (q && !t.name.toLowerCase().includes(q)) continue;
    const seat = seatOf.get(t.id);
    if (seat) {
      if (seat.ended && !seat.mine && !opts.showAll) {
        hidden++;
        continue;
      }
      const key = `class:${seat.classId}`;
      let group = classes.get(key);
      if (!group) {
        group = { key, label: `Class: ${seat.className}${seat.ended ? " (ended)" : ""}`, tenants: [] };
        classes.set(key, group);
      }
      group.tenants.push(t);
    } else if (t.role === "GLOBAL_ADMIN") mine.push(t);
    else shared.push(t);
  }
  const groups = [
    { key: "mine", label: "Mine", tenants: mine },
    ...[...classes.values()].sort((a, b) => a.label.localeCompare(b.label)),
    { key: "shared", label: "Shared with me", tenants: shared },
  ].filter((g) => g.tenants.length > 0);
  return { groups, hidden };
}
