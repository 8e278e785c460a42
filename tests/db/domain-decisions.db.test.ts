/**
 * Services that only read, ask lib/domain, and write: plan switch moves (decideAssignmentsToMove), situation
 * changes (decideSituationChange) and the seat form flag (isSeatCountAdjustable).
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { switchPlan } from "@/lib/services/purchases";
import { getTenantAccess, getTenantState, updateTenant } from "@/lib/services/tenants";
import { listEvents } from "@/lib/services/audit";
import { makeActor, makeTenant } from "../support/factories";

async function licensesByUser(tenantId: string): Promise<Record<string, string[]>> {
  const users = await getDb().directoryUser.findMany({ where: { tenantId }, include: { assignments: true } });
  return Object.fromEntries(users.map((u) => [u.userPrincipalName, u.assignments.map((a) => a.sku).sort()]));
}

describe("plan switch: who keeps a license (SBX-PLAN-SWITCH)", () => {
  it("a user already on the target drops the old license; the others move; the subscription moves", async () => {
    const actor = await makeActor();
    const t = await makeTenant(
      actor,
      { seats: 10 },
      {
        extraSubscriptions: [{ sku: "OFFICESUBSCRIPTION", quantity: 2, commercial: true }],
        users: [
          {
            userPrincipalName: "both@x.test",
            displayName: "Both",
            usageLocation: "US",
            licenses: ["ENTERPRISEPACK", "OFFICESUBSCRIPTION"],
          },
          { userPrincipalName: "e3-a@x.test", displayName: "A", usageLocation: "US", licenses: ["ENTERPRISEPACK"] },
          { userPrincipalName: "e3-b@x.test", displayName: "B", usageLocation: "US", licenses: ["ENTERPRISEPACK"] },
        ],
      },
    );
    const access = await getTenantAccess(actor, t.id);
    const result = await switchPlan(access, "OFFICESUBSCRIPTION");
    expect(result.switch).toMatchObject({ from: "ENTERPRISEPACK", to: "OFFICESUBSCRIPTION", carriedSeats: 10 });
    expect(await licensesByUser(t.id)).toEqual({
      "both@x.test": ["OFFICESUBSCRIPTION"],
      "e3-a@x.test": ["OFFICESUBSCRIPTION"],
      "e3-b@x.test": ["OFFICESUBSCRIPTION"],
    });
    // Seats of one sku fill its subscriptions in order, so the figures add up (calculateSubscriptionUsage).
    expect(result.subscriptions.map((s) => [s.sku, s.quantity, s.assigned])).toEqual([
      ["OFFICESUBSCRIPTION", 10, 3],
      ["OFFICESUBSCRIPTION", 2, 0],
    ]);
    const event = (await listEvents(access)).find((e) => e.action === "plan.switch");
    expect(event?.details).toMatchObject({ carriedSeats: 10, movedUsers: 2, alreadyOnTarget: 1 });
  });
});

describe("situation changes (R-PART-1, A-17, R-MC-1)", () => {
  it("becoming a partner puts the E3 seats in the Action Pack, leaving makes them commercial; the audit says so", async () => {
    const actor = await makeActor();
    const t = await makeTenant(actor, { seats: 5 }, { extraSubscriptions: [{ sku: "MCOEV", quantity: 2, commercial: true }] });
    const access = await getTenantAccess(actor, t.id);
    const partner = await updateTenant(access, { channel: "partner" });
    expect(partner.subscriptions.map((s) => [s.sku, s.commercial, s.seatsAdjustable])).toEqual([
      ["ENTERPRISEPACK", false, false],
      ["MCOEV", true, true],
    ]);
    const [event] = await listEvents(access);
    expect(event).toMatchObject({ action: "tenant.update", ruleIds: ["R-PART-1", "A-17"] });
    expect(event.details.subscriptionUpdates).toEqual([{ id: partner.subscriptions[0].id, commercial: false }]);
    const direct = await updateTenant(access, { channel: "direct" });
    expect(direct.subscriptions.map((s) => [s.sku, s.commercial, s.seatsAdjustable])).toEqual([
      ["ENTERPRISEPACK", true, true],
      ["MCOEV", true, true],
    ]);
  });

  it("a new commitment sets every subscription's term; the same one again changes nothing", async () => {
    const actor = await makeActor();
    const t = await makeTenant(actor, {}, { extraSubscriptions: [{ sku: "MCOEV", quantity: 2, commercial: true }] });
    const access = await getTenantAccess(actor, t.id);
    expect((await updateTenant(access, { commitment: "monthly" })).subscriptions.map((s) => s.term)).toEqual(["monthly", "monthly"]);
    expect((await listEvents(access))[0]).toMatchObject({ ruleIds: ["R-MC-1"] });
    await updateTenant(access, { commitment: "monthly", name: "Same commitment" });
    const [again] = await listEvents(access);
    expect(again.ruleIds).toEqual([]);
    expect(again.details.subscriptionUpdates).toBeUndefined();
    expect((await getTenantState(access)).subscriptions.map((s) => s.term)).toEqual(["monthly", "monthly"]);
  });
});
