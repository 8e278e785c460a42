import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { deleteTenant, getTenantAccess, getTenantState, listTenants, resetTenant, updateTenant } from "@/lib/services/tenants";
import { addMember } from "@/lib/services/members";
import { listEvents } from "@/lib/services/audit";
import { codeOf } from "../support/refusal";
import { makeActor, makeTenant } from "../support/factories";

describe("tenants (real SQLite file)", () => {
  it("creates a tenant with its creator as Global admin, its plan seats and an audit event", async () => {
    const actor = await makeActor();
    const t = await makeTenant(actor, { name: "Contoso", plan: "ENTERPRISEPREMIUM", seats: 12 });
    expect(t.role).toBe("GLOBAL_ADMIN");
    expect(t.subscriptions).toEqual([
      expect.objectContaining({ sku: "ENTERPRISEPREMIUM", quantity: 12, assigned: 0, available: 12, commercial: true }),
    ]);
    const access = await getTenantAccess(actor, t.id);
    const events = await listEvents(access);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "tenant.create", actor: actor.email, outcome: "success" });
  });

  it("a partner tenant's E3 comes with the Action Pack, not as a commercial purchase (R-PART-1)", async () => {
    const actor = await makeActor();
    const t = await makeTenant(actor, { channel: "partner", plan: "ENTERPRISEPACK" });
    expect(t.subscriptions[0]).toMatchObject({ sku: "ENTERPRISEPACK", commercial: false });
  });

  it("a tenant with no plan has no subscription", async () => {
    const actor = await makeActor();
    const t = await makeTenant(actor, { plan: null });
    expect(t.plan).toBeNull();
    expect(t.subscriptions).toEqual([]);
  });

  it("lists only the tenants the actor is a member of", async () => {
    const alice = await makeActor("Alice");
    const bob = await makeActor("Bob");
    const a = await makeTenant(alice, { name: "Alice's" });
    await makeTenant(bob, { name: "Bob's" });
    const list = await listTenants(alice);
    expect(list.map((t) => t.id)).toEqual([a.id]);
  });

  it("another admin's tenant is NOT_FOUND, for reads and writes alike", async () => {
    const alice = await makeActor();
    const bob = await makeActor();
    const t = await makeTenant(alice);
    expect(await codeOf(getTenantAccess(bob, t.id))).toBe("NOT_FOUND");
    expect(await codeOf(getTenantAccess(bob, "does-not-exist"))).toBe("NOT_FOUND");
  });

  it("renames and updates settings, recording before and after", async () => {
    const actor = await makeActor();
    const t = await makeTenant(actor, { name: "Old name" });
    const access = await getTenantAccess(actor, t.id);
    const renamed = await updateTenant(access, { name: "New name" });
    expect(renamed.name).toBe("New name");
    const updated = await updateTenant(access, { commitment: "monthly", policy: { minimumFundingUsd: "50.00" } });
    expect(updated.commitment).toBe("monthly");
    expect(updated.policy.minimumFundingUsd).toBe("50.00");
    const events = await listEvents(access);
    expect(events.map((e) => e.action)).toEqual(["tenant.update", "tenant.rename", "tenant.create"]);
    expect(events[1].details).toMatchObject({ before: { name: "Old name" }, changes: { name: "New name" } });
  });

  it("membership roles decide: a Global reader can read but not rename, a Billing admin can't delete", async () => {
    const owner = await makeActor();
    const reader = await makeActor();
    const billing = await makeActor();
    const t = await makeTenant(owner);
    const ownerAccess = await getTenantAccess(owner, t.id);
    await addMember(ownerAccess, { email: reader.email, role: "GLOBAL_READER" });
    await addMember(ownerAccess, { email: billing.email, role: "BILLING_ADMIN" });
    const readerAccess = await getTenantAccess(reader, t.id);
    expect((await getTenantState(readerAccess)).role).toBe("GLOBAL_READER");
    expect(await codeOf(updateTenant(readerAccess, { name: "Nope" }))).toBe("FORBIDDEN");
    expect(await codeOf(deleteTenant(await getTenantAccess(billing, t.id)))).toBe("FORBIDDEN");
    expect(await codeOf(addMember(readerAccess, { email: owner.email, role: "GLOBAL_READER" }))).toBe("FORBIDDEN");
    expect((await getTenantState(ownerAccess)).name).toBe("Test tenant");
  });

  it("adding an unknown sign-in is a validation error and writes nothing", async () => {
    const owner = await makeActor();
    const t = await makeTenant(owner);
    const access = await getTenantAccess(owner, t.id);
    expect(await codeOf(addMember(access, { email: "nobody@example.test", role: "GLOBAL_READER" }))).toBe("VALIDATION_FAILED");
    expect(await getDb().membership.count({ where: { tenantId: t.id } })).toBe(1);
    expect((await listEvents(access)).map((e) => e.action)).toEqual(["tenant.create"]);
  });

  it("deletes a tenant with everything it owns", async () => {
    const actor = await makeActor();
    const t = await makeTenant(
      actor,
      {},
      { users: [{ userPrincipalName: "a@x.test", displayName: "A", usageLocation: "US", licenses: ["ENTERPRISEPACK"] }] },
    );
    await deleteTenant(await getTenantAccess(actor, t.id));
    const db = getDb();
    expect(await db.tenant.count({ where: { id: t.id } })).toBe(0);
    expect(await db.directoryUser.count({ where: { tenantId: t.id } })).toBe(0);
    expect(await db.licenseAssignment.count({ where: { tenantId: t.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { tenantId: t.id } })).toBe(0);
    expect(await codeOf(getTenantAccess(actor, t.id))).toBe("NOT_FOUND");
  });

  it("reset brings back the created state and keeps the audit trail", async () => {
    const actor = await makeActor();
    const t = await makeTenant(
      actor,
      { seats: 5 },
      {
        users: [{ userPrincipalName: "a@x.test", displayName: "A", usageLocation: "US", licenses: ["ENTERPRISEPACK"] }],
      },
    );
    const access = await getTenantAccess(actor, t.id);
    const db = getDb();
    await db.subscription.create({
      data: { tenantId: t.id, sku: "MCOEV", quantity: 3, term: "annual", createdAt: new Date(), renewsAt: new Date() },
    });
    await db.directoryUser.create({ data: { tenantId: t.id, userPrincipalName: "b@x.test", displayName: "B" } });
    await updateTenant(access, { commitment: "monthly" });
    const after = await resetTenant(access);
    expect(after.commitment).toBe("annual");
    expect(after.subscriptions.map((s) => [s.sku, s.quantity, s.assigned])).toEqual([["ENTERPRISEPACK", 5, 1]]);
    expect(await db.directoryUser.count({ where: { tenantId: t.id } })).toBe(1);
    expect((await listEvents(access)).map((e) => e.action)).toEqual(["tenant.reset", "tenant.update", "tenant.create"]);
  });

  it("role changes: recorded from and to; never your own role; never the last Global admin", async () => {
    const owner = await makeActor();
    const other = await makeActor();
    const t = await makeTenant(owner);
    const access = await getTenantAccess(owner, t.id);
    await addMember(access, { email: other.email, role: "GLOBAL_READER" });
    await addMember(access, { email: other.email, role: "BILLING_ADMIN" });
    const events = await listEvents(access);
    expect(events[0]).toMatchObject({ action: "member.role", details: { from: "GLOBAL_READER", to: "BILLING_ADMIN" } });
    expect(await codeOf(addMember(access, { email: owner.email, role: "GLOBAL_READER" }))).toBe("CONFLICT");
    // Make the other a Global admin too; then the owner's demotion by the other is fine, but not the last one.
    await addMember(access, { email: other.email, role: "GLOBAL_ADMIN" });
    const otherAccess = await getTenantAccess(other, t.id);
    await addMember(otherAccess, { email: owner.email, role: "GLOBAL_READER" });
    const ownerNow = await getTenantAccess(owner, t.id);
    expect(ownerNow.role).toBe("GLOBAL_READER");
    expect(await getDb().membership.count({ where: { tenantId: t.id, role: "GLOBAL_ADMIN" } })).toBe(1);
    expect(await codeOf(addMember(otherAccess, { email: other.email, role: "GLOBAL_READER" }))).toBe("CONFLICT");
  });

  it("reset puts the sandbox clock back to when the tenant was created", async () => {
    const actor = await makeActor();
    const created = new Date("2018-03-07T09:00:00.000Z");
    const t = await makeTenant(actor, {}, { now: created });
    await getDb().tenant.update({ where: { id: t.id }, data: { now: new Date("2019-01-01T00:00:00.000Z") } });
    const after = await resetTenant(await getTenantAccess(actor, t.id));
    expect(after.now).toBe(created.toISOString());
  });
});
