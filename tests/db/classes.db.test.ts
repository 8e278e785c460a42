import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyCredentials } from "@/lib/auth/credentials";
import { progressCsv } from "@/lib/domain/classes";
import { classProgress, createClass, endClass, getClass, groupedTenants, listClasses, resetSeat } from "@/lib/services/classes";
import { addMember } from "@/lib/services/members";
import { switchPlan } from "@/lib/services/purchases";
import { createScenario, listScenarios, startScenario } from "@/lib/services/scenarios";
import { createManagedAccount, patchManagedAccount } from "@/lib/services/signins";
import { getTenantAccess, getTenantState, listTenants } from "@/lib/services/tenants";
import { makeRoleActor } from "../support/factories";
import { codeOf, refusalOf } from "../support/refusal";

const email = () => `${randomUUID()}@example.test`;
const GODADDY = "builtin-bp-godaddy";

function actorOf(seat: { accountId: string; email: string; name: string }): Actor {
  return { accountId: seat.accountId, email: seat.email, name: seat.name, via: "session" };
}

describe("classes (issue 11, real SQLite file)", () => {
  it("a trainer creates a class: new emails become member sign-ins (password once), each gets its own copy as Global admin", async () => {
    const trainer = await makeRoleActor("trainer");
    const existing = await createManagedAccount(trainer, { email: email(), name: "Existing Trainee" });
    const fresh = [email(), email()];
    const cls = await createClass(trainer, { name: "Monday", scenarioId: GODADDY, trainees: [existing.email, ...fresh] });
    expect(cls.trainerRole).toBe("GLOBAL_READER");
    expect(cls.seats).toHaveLength(3);
    const byEmail = new Map(cls.seats.map((s) => [s.email, s]));
    expect(byEmail.get(existing.email)?.password).toBeUndefined();
    for (const e of fresh) {
      const seat = byEmail.get(e)!;
      expect(seat.password?.length).toBeGreaterThanOrEqual(10);
      expect(await verifyCredentials(e, seat.password!)).not.toBeNull();
    }
    // The password is shown once: reading the class again never carries it.
    expect((await getClass(trainer, cls.id)).seats.every((s) => s.password === undefined)).toBe(true);
    const tenantIds = new Set(cls.seats.map((s) => s.tenantId));
    expect(tenantIds.size).toBe(3);
    for (const seat of cls.seats) {
      const access = await getTenantAccess(actorOf(seat), seat.tenantId!);
      expect(access.role).toBe("GLOBAL_ADMIN");
      expect((await getTenantAccess(trainer, seat.tenantId!)).role).toBe("GLOBAL_READER");
      expect((await getTenantState(access)).channel).toBe("godaddy");
    }
  });

  it("trainee vs trainee: each sees only its own copy; another trainee's is NOT_FOUND", async () => {
    const trainer = await makeRoleActor("trainer");
    const cls = await createClass(trainer, { name: "Pairs", scenarioId: GODADDY, trainees: [email(), email()] });
    const [a, b] = cls.seats;
    expect((await listTenants(actorOf(a))).map((t) => t.id)).toEqual([a.tenantId]);
    expect(await codeOf(getTenantAccess(actorOf(a), b.tenantId!))).toBe("NOT_FOUND");
    expect(await codeOf(getClass(actorOf(a), cls.id))).toBe("NOT_FOUND");
    expect(await codeOf(classProgress(actorOf(a), cls.id))).toBe("NOT_FOUND");
    expect(await codeOf(createClass(actorOf(a), { name: "Mine", scenarioId: GODADDY, trainees: [email()] }))).toBe("FORBIDDEN");
  });

  it("SBX-CLASS-TRAINER: a trainee, Global admin of the copy, can't change the trainer's role there while the class runs", async () => {
    const trainer = await makeRoleActor("trainer");
    const cls = await createClass(trainer, { name: "Guarded", scenarioId: GODADDY, trainees: [email()] });
    const access = await getTenantAccess(actorOf(cls.seats[0]), cls.seats[0].tenantId!);
    const refused = await refusalOf(addMember(access, { email: trainer.email, role: "GLOBAL_ADMIN" }));
    expect(refused.body.code).toBe("CONFLICT");
    expect((await getTenantAccess(trainer, cls.seats[0].tenantId!)).role).toBe("GLOBAL_READER");
  });

  it("trainer vs other trainers' classes: NOT_FOUND for reads, progress, reset and end; listing shows only one's own", async () => {
    const trainer = await makeRoleActor("trainer");
    const other = await makeRoleActor("trainer");
    const owner = await makeRoleActor("owner");
    const cls = await createClass(trainer, { name: "Mine", scenarioId: GODADDY, trainees: [email()] });
    const tenantId = cls.seats[0].tenantId!;
    for (const who of [other, owner]) {
      expect(await codeOf(getClass(who, cls.id))).toBe("NOT_FOUND");
      expect(await codeOf(classProgress(who, cls.id))).toBe("NOT_FOUND");
      expect(await codeOf(resetSeat(who, cls.id, tenantId))).toBe("NOT_FOUND");
      expect(await codeOf(endClass(who, cls.id, { keepCopies: true }))).toBe("NOT_FOUND");
      expect(await codeOf(getTenantAccess(who, tenantId))).toBe("NOT_FOUND");
      expect((await listClasses(who)).map((c) => c.id)).not.toContain(cls.id);
    }
    expect((await listClasses(trainer)).map((c) => c.id)).toContain(cls.id);
  });

  it("member vs owner: a member can't run classes or publish scenarios; an owner can", async () => {
    const member = await makeRoleActor("member");
    const owner = await makeRoleActor("owner");
    expect(await codeOf(createClass(member, { name: "X", scenarioId: GODADDY, trainees: [email()] }))).toBe("FORBIDDEN");
    const tenant = await startScenario(member, GODADDY, {});
    const body = { title: "Mine", fromTenant: tenant.id, goals: [{ text: "E3", check: { type: "plan", is: "ENTERPRISEPACK" } }] };
    expect(await codeOf(createScenario(member, body))).toBe("FORBIDDEN");
    const ownerTenant = await startScenario(owner, GODADDY, {});
    const made = await createScenario(owner, { ...body, fromTenant: ownerTenant.id });
    // The instance's own scenarios are in every trainer's library, not in a member's.
    const trainer = await makeRoleActor("trainer");
    expect((await listScenarios(trainer)).map((s) => s.id)).toContain(made.id);
    expect((await listScenarios(member)).map((s) => s.id)).not.toContain(made.id);
    expect((await createClass(owner, { name: "Owner's", scenarioId: GODADDY, trainees: [email()] })).seats).toHaveLength(1);
  });

  it("disabled sign-ins: can't join as trainee, and a disabled trainer can't act", async () => {
    const owner = await makeRoleActor("owner");
    const trainer = await makeRoleActor("trainer");
    const trainee = await createManagedAccount(trainer, { email: email(), name: "Off" });
    await patchManagedAccount(trainer, trainee.id, { disabled: true });
    const refusal = await refusalOf(createClass(trainer, { name: "X", scenarioId: GODADDY, trainees: [email(), trainee.email] }));
    expect(refusal.body.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(refusal.body.details ?? {})).toEqual(["trainees.1"]);
    await patchManagedAccount(owner, trainer.accountId, { disabled: true });
    expect(await codeOf(createClass(trainer, { name: "X", scenarioId: GODADDY, trainees: [email()] }))).toBe("UNAUTHENTICATED");
  });

  it("bad trainee lists name each row and create nothing", async () => {
    const trainer = await makeRoleActor("trainer");
    const dup = email();
    const before = (await listClasses(trainer)).length;
    const refusal = await refusalOf(
      createClass(trainer, { name: "X", scenarioId: GODADDY, trainees: [dup, "not-an-email", dup.toUpperCase(), trainer.email] }),
    );
    expect(refusal.body.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(refusal.body.details ?? {}).sort()).toEqual(["trainees.1"]);
    const again = await refusalOf(
      createClass(trainer, { name: "X", scenarioId: GODADDY, trainees: [dup, dup.toUpperCase(), trainer.email] }),
    );
    expect(Object.keys(again.body.details ?? {}).sort()).toEqual(["trainees.1", "trainees.2"]);
    expect(await verifyCredentials(dup, "whatever-password")).toBeNull();
    expect((await listClasses(trainer)).length).toBe(before);
    expect(await codeOf(createClass(trainer, { name: "X", scenarioId: "no-such-scenario", trainees: [email()] }))).toBe("NOT_FOUND");
  });

  it("progress: a met goal shows with its time; reset starts the copy over; CSV has one row per trainee", async () => {
    const trainer = await makeRoleActor("trainer");
    const cls = await createClass(trainer, { name: "Board", scenarioId: GODADDY, trainees: [email(), email()] });
    const [a, b] = cls.seats;
    let board = await classProgress(trainer, cls.id);
    expect(board.goals.map((g) => g.id)).toEqual(["ac-available", "plan-e3"]);
    expect(board.seats.every((s) => s.met.length === 0 && s.score === 0)).toBe(true);
    await switchPlan(await getTenantAccess(actorOf(a), a.tenantId!), "ENTERPRISEPACK");
    board = await classProgress(trainer, cls.id);
    const seatA = board.seats.find((s) => s.email === a.email)!;
    expect(seatA.met).toEqual(expect.arrayContaining(["plan-e3"]));
    expect(seatA.metAt["plan-e3"]).toMatch(/^\d{4}-/);
    expect(seatA.lastActivityAt).not.toBeNull();
    expect(board.seats.find((s) => s.email === b.email)!.met).toEqual([]);
    const csv = progressCsv(board).trim().split("\r\n");
    expect(csv).toHaveLength(3);
    expect(csv[0]).toContain("Move the tenant to Enterprise E3");

    // A reader trainer can look but not change the copy; the class's reset can.
    expect(await codeOf(switchPlan(await getTenantAccess(trainer, b.tenantId!), "ENTERPRISEPACK"))).toBe("FORBIDDEN");
    const state = await resetSeat(trainer, cls.id, a.tenantId!);
    expect(state.plan).toBe("O365_BUSINESS_PREMIUM");
    expect((await classProgress(trainer, cls.id)).seats.find((s) => s.email === a.email)!.met).toEqual([]);
    expect(await codeOf(resetSeat(trainer, cls.id, "not-a-seat"))).toBe("NOT_FOUND");
  });

  it("ending a class keeps the copies read-only or deletes them; the tenant list hides other people's leftovers", async () => {
    const trainer = await makeRoleActor("trainer");
    const kept = await createClass(trainer, { name: "Kept", scenarioId: GODADDY, trainees: [email()] });
    const gone = await createClass(trainer, { name: "Gone", scenarioId: GODADDY, trainees: [email()] });
    const grouped = await groupedTenants(trainer);
    expect(grouped.groups.map((g) => g.label)).toEqual(expect.arrayContaining(["Class: Kept", "Class: Gone"]));

    const ended = await endClass(trainer, kept.id, { keepCopies: true });
    expect(ended.endedAt).not.toBeNull();
    const seat = kept.seats[0];
    const traineeAccess = await getTenantAccess(actorOf(seat), seat.tenantId!);
    expect(traineeAccess.role).toBe("GLOBAL_READER");
    expect(await codeOf(switchPlan(traineeAccess, "ENTERPRISEPACK"))).toBe("FORBIDDEN");
    expect(await codeOf(endClass(trainer, kept.id, { keepCopies: false }))).toBe("CONFLICT");
    expect(await codeOf(resetSeat(trainer, kept.id, seat.tenantId!))).toBe("CONFLICT");

    await endClass(trainer, gone.id, { keepCopies: false });
    expect(await codeOf(getTenantAccess(actorOf(gone.seats[0]), gone.seats[0].tenantId!))).toBe("NOT_FOUND");
    expect((await getClass(trainer, gone.id)).seats[0].tenantId).toBeNull();

    const after = await groupedTenants(trainer);
    expect(after.groups.map((g) => g.label)).not.toContain("Class: Kept (ended)");
    expect(after.hidden).toBe(1);
    expect((await groupedTenants(trainer, { showAll: true })).groups.map((g) => g.label)).toContain("Class: Kept (ended)");
    // The trainee still finds its own copy, read-only, under its class.
    expect((await groupedTenants(actorOf(seat))).groups.map((g) => g.label)).toEqual(["Class: Kept (ended)"]);
    expect(await codeOf(endClass(trainer, kept.id, { keepCopies: "yes" }))).toBe("VALIDATION_FAILED");
    expect(await codeOf(endClass(trainer, gone.id, {}))).toBe("VALIDATION_FAILED");
  });
});
