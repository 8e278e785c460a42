import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { getDb } from "@/lib/data/db";
import { findActorBySession, findActorByToken, startSession, endSession, verifyCredentials } from "@/lib/auth/credentials";
import { createToken } from "@/lib/services/accounts";
import {
  changeOwnPassword,
  createManagedAccount,
  createManagedAccountsBulk,
  listManagedAccounts,
  patchManagedAccount,
} from "@/lib/services/signins";
import { duplicateRows } from "@/lib/domain/instance-roles";
import { makeRoleActor } from "../support/factories";
import { codeOf } from "../support/refusal";

const email = () => `${randomUUID()}@example.test`;

describe("sign-ins: instance roles (issue 11, real SQLite file)", () => {
  it("an owner creates any role; a trainer creates members only; a member nothing", async () => {
    const owner = await makeRoleActor("owner");
    const trainer = await makeRoleActor("trainer");
    const member = await makeRoleActor("member");
    const made = await createManagedAccount(owner, { email: email(), name: "T", instanceRole: "trainer" });
    expect(made.instanceRole).toBe("trainer");
    expect(made.password.length).toBeGreaterThanOrEqual(10);
    expect(await codeOf(createManagedAccount(trainer, { email: email(), name: "X", instanceRole: "trainer" }))).toBe("FORBIDDEN");
    expect((await createManagedAccount(trainer, { email: email(), name: "Trainee" })).instanceRole).toBe("member");
    expect(await codeOf(createManagedAccount(member, { email: email(), name: "X" }))).toBe("FORBIDDEN");
    expect(await codeOf(listManagedAccounts(member))).toBe("FORBIDDEN");
  });

  it("a trainer lists and manages only the sign-ins it created", async () => {
    const trainer = await makeRoleActor("trainer");
    const other = await makeRoleActor("trainer");
    const mine = await createManagedAccount(trainer, { email: email(), name: "Mine" });
    const theirs = await createManagedAccount(other, { email: email(), name: "Theirs" });
    expect((await listManagedAccounts(trainer)).map((a) => a.id)).toEqual([mine.id]);
    expect(await codeOf(patchManagedAccount(trainer, theirs.id, { disabled: true }))).toBe("NOT_FOUND");
    expect(await codeOf(patchManagedAccount(trainer, mine.id, { instanceRole: "owner" }))).toBe("FORBIDDEN");
    expect((await patchManagedAccount(trainer, mine.id, { name: "Renamed" })).name).toBe("Renamed");
    const owner = await makeRoleActor("owner");
    expect((await listManagedAccounts(owner)).map((a) => a.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it("the list keeps creation order when sign-ins share a creation time and one is then edited", async () => {
    // A bulk create makes hundreds of sign-ins in one transaction, many in the same millisecond. PostgreSQL
    // returns rows that tie on createdAt in storage order, and an UPDATE moves the row to the end: without a
    // tie-breaker, disabling or renaming one trainee reordered the list (SQLite kept insertion order).
    const trainer = await makeRoleActor("trainer");
    const { created } = await createManagedAccountsBulk(
      trainer,
      ["A", "B", "C", "D"].map((name) => ({ email: email(), name })),
    );
    const ids = created.map((c) => c.id);
    await getDb().account.updateMany({ where: { id: { in: ids } }, data: { createdAt: new Date("2026-12-01T09:00:00.000Z") } });
    await patchManagedAccount(trainer, ids[0], { name: "A renamed" });
    await patchManagedAccount(trainer, ids[2], { disabled: true });
    expect((await listManagedAccounts(trainer)).map((a) => a.id)).toEqual(ids);
  });

  it("email is unique whatever its case (CONFLICT)", async () => {
    const owner = await makeRoleActor("owner");
    const e = email();
    await createManagedAccount(owner, { email: e, name: "A" });
    expect(await codeOf(createManagedAccount(owner, { email: e.toUpperCase(), name: "B" }))).toBe("CONFLICT");
  });

  it("bulk is all or nothing and names each duplicate row", async () => {
    const owner = await makeRoleActor("owner");
    const taken = email();
    await createManagedAccount(owner, { email: taken, name: "Taken" });
    const fresh = email();
    const before = await getDb().account.count();
    const err = await createManagedAccountsBulk(owner, [
      { email: fresh, name: "A" },
      { email: taken, name: "B" },
      { email: fresh.toUpperCase(), name: "C" },
    ]).catch((e) => e);
    expect(err.body.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(err.body.details).sort()).toEqual(["accounts.1.email", "accounts.2.email"]);
    expect(await getDb().account.count()).toBe(before);
    const ok = await createManagedAccountsBulk(owner, [
      { email: email(), name: "A" },
      { email: email(), name: "B" },
    ]);
    expect(ok.created).toHaveLength(2);
    expect(new Set(ok.created.map((c) => c.password)).size).toBe(2);
  });

  it("duplicateRows flags every repeat after its first row (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a@x.test", "B@x.test", "b@x.test", "c@x.test"), { maxLength: 12 }), (emails) => {
        const details = duplicateRows(emails, new Set());
        const distinct = new Set(emails.map((e) => e.toLowerCase())).size;
        expect(Object.keys(details)).toHaveLength(emails.length - distinct);
      }),
    );
  });

  it("disabling ends sessions and tokens at once, and refuses sign-in", async () => {
    const owner = await makeRoleActor("owner");
    const made = await createManagedAccount(owner, { email: email(), name: "Soon off", password: "long enough pw" });
    const sid = await startSession(made.id);
    const { token } = await createToken({ accountId: made.id });
    expect(await findActorBySession(made.id, sid)).not.toBeNull();
    await patchManagedAccount(owner, made.id, { disabled: true });
    expect(await findActorBySession(made.id, sid)).toBeNull();
    expect(await findActorByToken(token)).toBeNull();
    expect(await verifyCredentials(made.email, "long enough pw", `ip-${randomUUID()}`)).toBeNull();
    expect(await codeOf(patchManagedAccount(owner, owner.accountId, { disabled: true }))).toBe("FORBIDDEN");
  });

  it("a signed-out session stays dead", async () => {
    const member = await makeRoleActor("member");
    const sid = await startSession(member.accountId);
    await endSession(sid);
    expect(await findActorBySession(member.accountId, sid)).toBeNull();
  });

  it("changing your password keeps this session and ends every other session and token", async () => {
    const member = await makeRoleActor("member");
    const here = await startSession(member.accountId);
    const elsewhere = await startSession(member.accountId);
    const { token } = await createToken(member);
    const actor = { ...member, sessionId: here };
    expect(await codeOf(changeOwnPassword(actor, "wrong one", "a brand new password"))).toBe("VALIDATION_FAILED");
    await changeOwnPassword(actor, "correct horse battery", "a brand new password");
    expect(await findActorBySession(member.accountId, here)).not.toBeNull();
    expect(await findActorBySession(member.accountId, elsewhere)).toBeNull();
    expect(await findActorByToken(token)).toBeNull();
    expect(await verifyCredentials(member.email, "a brand new password", `ip-${randomUUID()}`)).not.toBeNull();
  });

  it("repeated wrong passwords for one email from one client are refused with a wait", async () => {
    const member = await makeRoleActor("member");
    const ip = `ip-${randomUUID()}`;
    let refusal: unknown = null;
    for (let i = 0; i < 12 && !refusal; i++) {
      refusal = await verifyCredentials(member.email, "wrong password", ip).then(
        () => null,
        (e) => e,
      );
    }
    expect((refusal as { body: { code: string; details: { retryAfterSeconds: number } } }).body).toMatchObject({
      code: "TOO_MANY_ATTEMPTS",
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // even the right password waits now, from that client; another client is not held up
    expect(await codeOf(verifyCredentials(member.email, "correct horse battery", ip))).toBe("TOO_MANY_ATTEMPTS");
    expect(await verifyCredentials(member.email, "correct horse battery", `ip-${randomUUID()}`)).not.toBeNull();
  });
});
