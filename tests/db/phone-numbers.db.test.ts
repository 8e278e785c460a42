import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { acquirePhoneNumbers, assignPhoneNumber, listPhoneNumbers, releasePhoneNumber } from "@/lib/services/phone-numbers";
import { assignLicense, bulkChangeLicenses } from "@/lib/services/licenses";
import { deleteUser, updateUser } from "@/lib/services/users";
import { listEvents } from "@/lib/services/audit";
import { getTenantAccess } from "@/lib/services/tenants";
import { addMember } from "@/lib/services/members";
import { assignLicenseInput, bulkLicenseInput } from "@/lib/validation/users";
import { refusalOf } from "../support/refusal";
import { makeActor, makeCreditsTenant, makeTenantWithSeats } from "../support/factories";

const countNumbers = (tenantId: string) => getDb().phoneNumber.count({ where: { tenantId } });

describe("phone numbers (real SQLite file)", () => {
  it("R-NUM-USER: acquires user numbers up to the cap, all or nothing, and lists them with the capacity", async () => {
    const { access, tenant } = await makeTenantWithSeats({ MCOEV: 10, MCOPSTN1: 10 });
    const view = await listPhoneNumbers(access);
    expect(view.capacity).toEqual({ user: 21, serviceToll: 5, serviceTollFree: 5 });
    const first = await acquirePhoneNumbers(access, { kind: "user", country: "US", quantity: 20 });
    expect(first).toHaveLength(20);
    expect(new Set(first.map((n) => n.number)).size).toBe(20);
    const over = await refusalOf(acquirePhoneNumbers(access, { kind: "user", country: "GB", quantity: 2 }));
    expect([over.body.code, over.body.ruleId]).toEqual(["NUMBER_CAPACITY_EXCEEDED", "R-NUM-USER"]);
    expect(await countNumbers(tenant.id)).toBe(20);
    expect((await acquirePhoneNumbers(access, { kind: "user", country: "GB", quantity: 1 }))[0].number).toMatch(/^\+44555/);
    const events = await listEvents(access);
    expect(events.map((e) => `${e.action}:${e.outcome}`)).toEqual(
      expect.arrayContaining(["phoneNumbers.acquire:success", "phoneNumbers.acquire:denied"]),
    );
  });

  it("R-CC-4: toll-free numbers only once Communications Credits are set up", async () => {
    const actor = await makeActor();
    const without = await makeCreditsTenant(actor, { signUp: false });
    const refused = await refusalOf(acquirePhoneNumbers(without.access, { kind: "serviceTollFree", country: "US", quantity: 1 }));
    expect([refused.body.code, refused.body.ruleId]).toEqual(["CREDITS_NOT_SET_UP", "R-CC-4"]);
    const withCredits = await makeCreditsTenant(actor);
    expect(await acquirePhoneNumbers(withCredits.access, { kind: "serviceTollFree", country: "US", quantity: 2 })).toHaveLength(2);
  });

  it("R-GEO-4: Chile toll numbers for a Chilean tenant only", async () => {
    const us = await makeTenantWithSeats({ MCOEV: 5 });
    expect((await refusalOf(acquirePhoneNumbers(us.access, { kind: "serviceToll", country: "CL", quantity: 1 }))).body.ruleId).toBe(
      "R-GEO-4",
    );
    const cl = await makeTenantWithSeats({ MCOEV: 5 }, { country: "CL" });
    expect(await acquirePhoneNumbers(cl.access, { kind: "serviceToll", country: "CL", quantity: 1 })).toHaveLength(1);
  });

  it("SBX-NUM-ASSIGN: assigns a user number to a Calling Plan user; the holder keeps the plan and country; release after unassign", async () => {
    const actor = await makeActor();
    const { access, callerId, organizerId } = await makeCreditsTenant(actor, { signUp: false });
    const carl = { id: callerId };
    const olivia = { id: organizerId };
    const [n1, n2] = await acquirePhoneNumbers(access, { kind: "user", country: "US", quantity: 2 });
    expect((await refusalOf(assignPhoneNumber(access, n1.id, olivia.id))).body.ruleId).toBe("R-ASG-CP");
    expect((await assignPhoneNumber(access, n1.id, carl.id)).assignedTo).toBe(carl.id);
    expect((await refusalOf(assignPhoneNumber(access, n2.id, carl.id))).body.code).toBe("NUMBER_IN_USE");
    const dropPlan = await refusalOf(
      assignLicense(access, carl.id, assignLicenseInput.parse({ addLicenses: [], removeLicenses: ["MCOPSTN1"] })),
    );
    expect([dropPlan.body.code, dropPlan.body.ruleId]).toEqual(["DEPENDENCY_VIOLATION", "SBX-NUM-ASSIGN"]);
    expect((await refusalOf(updateUser(access, carl.id, { usageLocation: "GB" }))).body.ruleId).toBe("SBX-NUM-ASSIGN");
    const bulk = await refusalOf(
      bulkChangeLicenses(access, bulkLicenseInput.parse({ userIds: [carl.id], addLicenses: [], removeLicenses: ["MCOPSTN1"] })),
    );
    expect(bulk.body.ruleId).toBe("SBX-NUM-ASSIGN");
    expect((await refusalOf(releasePhoneNumber(access, n1.id))).body.code).toBe("NUMBER_IN_USE");
    expect((await assignPhoneNumber(access, n1.id, null)).assignedTo).toBeNull();
    await releasePhoneNumber(access, n1.id);
    expect((await listPhoneNumbers(access)).numbers.map((n) => n.id)).toEqual([n2.id]);
    // A deleted user's number goes back to the free numbers.
    await assignPhoneNumber(access, n2.id, carl.id);
    await deleteUser(access, carl.id);
    expect((await listPhoneNumbers(access)).numbers[0].assignedTo).toBeNull();
  });

  it("a reader may list but not acquire; another tenant's number is not found", async () => {
    const { access, actor, tenant } = await makeTenantWithSeats({ MCOEV: 5 });
    const reader = await makeActor("Reader");
    await addMember(access, { email: reader.email, role: "GLOBAL_READER" });
    const readerAccess = await getTenantAccess(reader, tenant.id);
    expect((await listPhoneNumbers(readerAccess)).numbers).toEqual([]);
    expect((await refusalOf(acquirePhoneNumbers(readerAccess, { kind: "serviceToll", country: "US", quantity: 1 }))).body.code).toBe(
      "FORBIDDEN",
    );
    const [mine] = await acquirePhoneNumbers(access, { kind: "serviceToll", country: "US", quantity: 1 });
    const other = await makeTenantWithSeats({ MCOEV: 5 });
    expect((await refusalOf(releasePhoneNumber(other.access, mine.id))).body.code).toBe("NOT_FOUND");
    expect(actor).toBeDefined();
  });
});
