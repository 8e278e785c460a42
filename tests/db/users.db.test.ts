import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import type { AppError } from "@/lib/domain/errors";
import { assignLicense, bulkChangeLicenses, getLicenseOverview, listLicenseDetails, listSubscribedSkus } from "@/lib/services/licenses";
import { getTenantAccess, getTenantState } from "@/lib/services/tenants";
import { addMember } from "@/lib/services/members";
import { listEvents } from "@/lib/services/audit";
import { createUser, deleteUser, getRoomScenarios, getUser, importUsers, listUsers, updateUser } from "@/lib/services/users";
import { assignLicenseInput, bulkLicenseInput, createUserInput, importUsersInput } from "@/lib/validation/users";
import type { TenantAccess } from "@/lib/auth/actor";
import { codeOf, refusalOf } from "../support/refusal";
import { makeActor, makeTenantWithSeats } from "../support/factories";

function change(add: string[], remove: string[] = []) {
  return assignLicenseInput.parse({ addLicenses: add.map((sku) => ({ sku })), removeLicenses: remove });
}

async function addUser(access: TenantAccess, fields: Record<string, unknown> = {}) {
  const n = Math.random().toString(36).slice(2, 8);
  return createUser(
    access,
    createUserInput.parse({ displayName: `User ${n}`, userPrincipalName: `u${n}@contoso.test`, usageLocation: "US", ...fields }),
  );
}

async function licensesOf(access: TenantAccess, userId: string) {
  return (await getUser(access, userId)).assignedLicenses.map((l) => l.sku).sort();
}

describe("users (real SQLite file)", () => {
  it("creates, lists (search, sort, page), edits and deletes users; the username is unique per tenant", async () => {
    const { access } = await makeTenantWithSeats({});
    await addUser(access, { displayName: "Zoe Zimmer", userPrincipalName: "zoe@contoso.test" });
    await addUser(access, { displayName: "Adele Vance", userPrincipalName: "adele@contoso.test" });
    const room = await addUser(access, { displayName: "Board Room", userPrincipalName: "board@contoso.test", kind: "room" });
    const page = await listUsers(access, { sort: "displayName", page: 1, pageSize: 2 });
    expect(page.total).toBe(3);
    expect(page.users.map((u) => u.displayName)).toEqual(["Adele Vance", "Board Room"]);
    const desc = await listUsers(access, { sort: "-userPrincipalName", page: 1, pageSize: 10 });
    expect(desc.users.map((u) => u.userPrincipalName)).toEqual(["zoe@contoso.test", "board@contoso.test", "adele@contoso.test"]);
    const found = await listUsers(access, { search: "ZIMM" });
    expect(found.users.map((u) => u.displayName)).toEqual(["Zoe Zimmer"]);

    const dup = await refusalOf(addUser(access, { userPrincipalName: "ZOE@contoso.test" }));
    expect(dup.body.code).toBe("CONFLICT");
    expect(dup.body.details).toHaveProperty("userPrincipalName");
    expect(createUserInput.safeParse({ displayName: "x", userPrincipalName: "not-an-upn" }).success).toBe(false);
    expect(createUserInput.safeParse({ displayName: "x", userPrincipalName: "a@b.test", usageLocation: "XX" }).success).toBe(false);

    const edited = await updateUser(access, room.id, { displayName: "Boardroom 1" });
    expect(edited.displayName).toBe("Boardroom 1");
    await deleteUser(access, room.id);
    expect((await listUsers(access)).total).toBe(2);
    const actions = (await listEvents(access)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.create", "user.update", "user.delete"]));
  });

  it("E3 + Phone System + a Calling Plan in one change works, audited; licenseDetails and subscribedSkus have Graph's shape", async () => {
    const { access, tenant } = await makeTenantWithSeats({ MCOEV: 2, MCOPSTN1: 2 });
    const u = await addUser(access);
    const after = await assignLicense(access, u.id, change(["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]));
    expect(after.assignedLicenses.map((l) => l.sku).sort()).toEqual(["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]);
    const events = await listEvents(access);
    expect(events[0]).toMatchObject({ action: "license.assign", outcome: "success" });

    const details = await listLicenseDetails(access, u.id);
    expect(details.find((d) => d.skuPartNumber === "MCOEV")).toMatchObject({
      skuId: "e43b5b99-8dfb-405f-9987-dc307f34bcbd",
      servicePlans: [expect.objectContaining({ servicePlanName: "MCOEV", provisioningStatus: "Success" })],
    });
    const skus = await listSubscribedSkus(access);
    const e3 = skus.find((s) => s.skuPartNumber === "ENTERPRISEPACK")!;
    expect(e3).toMatchObject({
      id: `${tenant.id}_6fd2c87f-b296-42f0-b197-1e91e994b900`,
      skuId: "6fd2c87f-b296-42f0-b197-1e91e994b900",
      consumedUnits: 1,
      prepaidUnits: { enabled: 10, suspended: 0, warning: 0, lockedOut: 0 },
    });
  });

  it("accepts skuId GUIDs and disabledPlans, and rejects unknown skus and plans", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 1 });
    const u = await addUser(access);
    const input = assignLicenseInput.parse({
      addLicenses: [{ skuId: "6fd2c87f-b296-42f0-b197-1e91e994b900", disabledPlans: ["57ff2da0-773e-42df-b2af-ffb7a2317929"] }],
      removeLicenses: [],
    });
    const after = await assignLicense(access, u.id, input);
    expect(after.assignedLicenses).toEqual([
      { sku: "ENTERPRISEPACK", skuId: "6fd2c87f-b296-42f0-b197-1e91e994b900", disabledPlans: ["57ff2da0-773e-42df-b2af-ffb7a2317929"] },
    ]);
    const teams = (await listLicenseDetails(access, u.id))[0].servicePlans.find((p) => p.servicePlanName === "TEAMS1");
    expect(teams?.provisioningStatus).toBe("Disabled");
    expect(assignLicenseInput.safeParse({ addLicenses: [{ sku: "NOPE" }] }).success).toBe(false);
    expect(
      assignLicenseInput.safeParse({ addLicenses: [{ sku: "MCOEV", disabledPlans: ["9aaf7827-d63c-4b61-89c3-182f06f82e5c"] }] }).success,
    ).toBe(false);
    expect(assignLicenseInput.safeParse({ addLicenses: [{ sku: "MCOEV" }], removeLicenses: ["MCOEV"] }).success).toBe(false);
  });

  describe("every refusal code leaves the user's licenses unchanged, and is audited as denied", () => {
    it.each([
      {
        code: "INSUFFICIENT_LICENSES",
        ruleId: "R-ASG-SEAT",
        seats: { MCOEV: 1 },
        user: {},
        before: [] as string[],
        setup: async (access: TenantAccess) => {
          const other = await addUser(access);
          await assignLicense(access, other.id, change(["MCOEV"]));
        },
        add: ["MCOEV"],
        remove: [] as string[],
        remedy: { action: "purchase", sku: "MCOEV" },
      },
      {
        code: "USAGE_LOCATION_REQUIRED",
        ruleId: "R-ASG-LOC",
        seats: {},
        user: { usageLocation: null },
        before: [],
        add: ["ENTERPRISEPACK"],
        remove: [],
        remedy: { action: "setUsageLocation" },
      },
      {
        code: "DEPENDENCY_VIOLATION",
        ruleId: "R-ASG-CP-PS",
        seats: { MCOEV: 1, MCOPSTN1: 1 },
        user: {},
        before: ["ENTERPRISEPACK"],
        add: ["MCOPSTN1"],
        remove: [],
        remedy: { action: "assign", sku: "MCOEV" },
      },
      {
        code: "DEPENDENCY_VIOLATION",
        ruleId: "R-ASG-CP-PS",
        seats: { MCOEV: 1, MCOPSTN1: 1 },
        user: {},
        before: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"],
        add: [],
        remove: ["MCOEV"],
        remedy: { action: "assign", sku: "MCOEV" },
      },
      {
        code: "MUTUALLY_EXCLUSIVE",
        ruleId: "SBX-MX-CALLING-PLAN",
        seats: { MCOEV: 1, MCOPSTN1: 1, MCOPSTN2: 1 },
        user: {},
        before: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"],
        add: ["MCOPSTN2"],
        remove: [],
      },
      {
        code: "HYBRID_USER_CALLING_PLAN",
        ruleId: "R-ASG-HYB",
        seats: { MCOEV: 1, MCOPSTN1: 1 },
        user: { pstnConnectivity: "onPremises" },
        before: [],
        add: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"],
        remove: [],
      },
      {
        code: "COUNTRY_NOT_AVAILABLE",
        ruleId: "R-GEO-2",
        seats: { MCOEV: 1, MCOPSTN1: 1 },
        user: { usageLocation: "AR" },
        before: [],
        add: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"],
        remove: [],
      },
      {
        code: "CREDITS_NOT_SET_UP",
        ruleId: "R-CC-3",
        seats: { MCOMEETADV: 1 },
        user: {},
        before: ["ENTERPRISEPACK"],
        add: ["MCOMEETADV", "MCOPSTNC"],
        remove: [],
      },
    ])("$code ($ruleId, add $add, remove $remove)", async ({ code, ruleId, seats, user, before, setup, add, remove, remedy }) => {
      const { access } = await makeTenantWithSeats(seats as Record<string, number>);
      if (setup) await setup(access);
      const u = await addUser(access, user);
      if (before.length) await assignLicense(access, u.id, change(before));
      const licensesBefore = await licensesOf(access, u.id);
      expect(licensesBefore).toEqual([...before].sort());
      const err = await refusalOf(assignLicense(access, u.id, change(add, remove)));
      expect(err.body).toMatchObject({ code, ruleId, message: expect.any(String), doc: expect.any(String) });
      expect(err.status).toBe(code === "COUNTRY_NOT_AVAILABLE" ? 422 : 409);
      if (remedy) expect(err.body.remedies).toContainEqual(remedy);
      expect(await licensesOf(access, u.id)).toEqual(licensesBefore);
      const denied = (await listEvents(access)).find((e) => e.outcome === "denied");
      expect(denied).toMatchObject({ action: "license.assign" });
    });
  });

  it("concurrent requests for the last seat: exactly one wins (2 to 5 at once)", async () => {
    for (const n of [2, 3, 4, 5]) {
      const { access } = await makeTenantWithSeats({ MCOEV: 1 });
      const users = await Promise.all(Array.from({ length: n }, () => addUser(access)));
      const results = await Promise.allSettled(users.map((u) => assignLicense(access, u.id, change(["MCOEV"]))));
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won, `${n} racing`).toHaveLength(1);
      for (const r of lost) expect((r.reason as AppError).body.code).toBe("INSUFFICIENT_LICENSES");
      const count = await getDb().licenseAssignment.count({ where: { tenantId: access.tenantId, sku: "MCOEV" } });
      expect(count).toBe(1);
    }
  });

  it("concurrent bulk and single changes never exceed the seats", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 3 });
    const users = await Promise.all(Array.from({ length: 6 }, () => addUser(access)));
    const bulk = (ids: string[]) => bulkChangeLicenses(access, bulkLicenseInput.parse({ userIds: ids, addLicenses: [{ sku: "MCOEV" }] }));
    await Promise.allSettled([
      bulk(users.slice(0, 2).map((u) => u.id)),
      bulk(users.slice(2, 4).map((u) => u.id)),
      assignLicense(access, users[5].id, change(["MCOEV"])),
    ]);
    const count = await getDb().licenseAssignment.count({ where: { tenantId: access.tenantId, sku: "MCOEV" } });
    expect(count).toBeLessThanOrEqual(3);
    expect(count).toBeGreaterThanOrEqual(2);
  });

  it("a Global reader and a Billing admin can't assign (FORBIDDEN); a License admin can", async () => {
    const { access: admin } = await makeTenantWithSeats({ MCOEV: 5 });
    const u = await addUser(admin);
    const cases = [
      ["GLOBAL_READER", "FORBIDDEN"],
      ["BILLING_ADMIN", "FORBIDDEN"],
      ["LICENSE_ADMIN", "NO_ERROR"],
    ] as const;
    for (const [role, want] of cases) {
      const person = await makeActor(role);
      await addMember(admin, { email: person.email, role });
      const access = await getTenantAccess(person, admin.tenantId);
      const got = await codeOf(assignLicense(access, u.id, change(["ENTERPRISEPACK"])));
      expect(got, role).toBe(want);
      if (want === "FORBIDDEN") {
        expect(
          (await refusalOf(bulkChangeLicenses(access, bulkLicenseInput.parse({ userIds: [u.id], addLicenses: [{ sku: "MCOEV" }] }))))
            .status,
        ).toBe(403);
        expect((await listUsers(access)).total).toBe(1);
      }
    }
    const reader = await makeActor();
    await addMember(admin, { email: reader.email, role: "GLOBAL_READER" });
    const readerAccess = await getTenantAccess(reader, admin.tenantId);
    expect((await refusalOf(addUser(readerAccess))).body.code).toBe("FORBIDDEN");
    expect((await refusalOf(deleteUser(readerAccess, u.id))).body.code).toBe("FORBIDDEN");
  });

  it("bulk is all or nothing: one refused user changes nobody, and the report names them", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 2 });
    const users = await Promise.all([addUser(access), addUser(access), addUser(access)]);
    const input = bulkLicenseInput.parse({ userIds: users.map((u) => u.id), addLicenses: [{ sku: "MCOEV" }] });
    const dry = await bulkChangeLicenses(access, { ...input, dryRun: true });
    expect(dry).toMatchObject({ ok: false, applied: false, users: 3, failed: 1 });
    const err = await refusalOf(bulkChangeLicenses(access, input));
    expect(err.status).toBe(409);
    expect(err.body.code).toBe("INSUFFICIENT_LICENSES");
    const report = (err.body.details as { report: { userId: string; ok: boolean; error?: { code: string } }[] }).report;
    expect(report.map((r) => r.ok)).toEqual([true, true, false]);
    expect(report[2].error?.code).toBe("INSUFFICIENT_LICENSES");
    expect(await getDb().licenseAssignment.count({ where: { tenantId: access.tenantId } })).toBe(0);

    const ok = await bulkChangeLicenses(access, { ...input, userIds: input.userIds.slice(0, 2) });
    expect(ok).toMatchObject({ ok: true, applied: true, users: 2, failed: 0 });
    const removed = await bulkChangeLicenses(access, bulkLicenseInput.parse({ userIds: input.userIds, removeLicenses: ["MCOEV"] }));
    expect(removed.report.map((r) => r.removed)).toEqual([["MCOEV"], ["MCOEV"], []]);
    expect(await getDb().licenseAssignment.count({ where: { tenantId: access.tenantId } })).toBe(0);
    const unknown = await refusalOf(bulkChangeLicenses(access, { ...input, userIds: ["nope"] }));
    expect(unknown.body.code).toBe("NOT_FOUND");
  });

  it("CSV import: all or nothing by default, every bad row reported with its line; or only the good rows when asked", async () => {
    const { access } = await makeTenantWithSeats({});
    await addUser(access, { userPrincipalName: "taken@contoso.test" });
    const csv = [
      "displayName,userPrincipalName,usageLocation,pstnConnectivity,kind",
      "Alex Wilber,alex@contoso.test,US,online,person",
      "Bad Mail,not-a-username,US,online,person",
      "",
      "Taken,taken@contoso.test,France,,",
      "Nowhere,nowhere@contoso.test,XX,online,person",
      "Alex Again,ALEX@contoso.test,US,,",
      "Board Room,board@contoso.test,United States,online,room",
    ].join("\n");
    const err = await refusalOf(importUsers(access, importUsersInput.parse({ csv })));
    expect(err.body.code).toBe("VALIDATION_FAILED");
    const errors = (err.body.details as { errors: { line: number; field?: string }[] }).errors;
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, "userPrincipalName"],
      [5, "userPrincipalName"],
      [6, "usageLocation"],
      [7, "userPrincipalName"],
    ]);
    expect((await listUsers(access)).total).toBe(1);

    const partial = await importUsers(access, importUsersInput.parse({ csv, mode: "validRowsOnly" }));
    expect(partial).toMatchObject({ imported: 2, rows: 6 });
    expect(partial.errors.map((e) => e.line)).toEqual([3, 5, 6, 7]);
    const board = (await listUsers(access, { search: "board@" })).users[0];
    expect(board).toMatchObject({ kind: "room", usageLocation: "US" });

    const rows = await importUsers(
      access,
      importUsersInput.parse({ rows: [{ displayName: "Row User", userPrincipalName: "row@contoso.test", usageLocation: "FR" }] }),
    );
    expect(rows.imported).toBe(1);
    const missing = await refusalOf(importUsers(access, importUsersInput.parse({ csv: "name,mail\nA,b" })));
    expect((missing.body.details as { errors: { line: number }[] }).errors[0].line).toBe(1);
  });

  it("deleting a user frees their seats", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 1 });
    const a = await addUser(access);
    const b = await addUser(access);
    await assignLicense(access, a.id, change(["ENTERPRISEPACK", "MCOEV"]));
    expect((await refusalOf(assignLicense(access, b.id, change(["MCOEV"])))).body.code).toBe("INSUFFICIENT_LICENSES");
    const { freed } = await deleteUser(access, a.id);
    expect(freed.sort()).toEqual(["ENTERPRISEPACK", "MCOEV"]);
    const state = await getTenantState(access);
    expect(state.subscriptions.find((s) => s.sku === "MCOEV")).toMatchObject({ assigned: 0, available: 1 });
    await assignLicense(access, b.id, change(["MCOEV"]));
  });

  it("an edit that would strand a license is refused: a Calling Plan user can't move to a country without Calling Plans", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 1, MCOPSTN1: 1 });
    const u = await addUser(access);
    await assignLicense(access, u.id, change(["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]));
    expect((await refusalOf(updateUser(access, u.id, { usageLocation: "AR" }))).body.code).toBe("COUNTRY_NOT_AVAILABLE");
    expect((await refusalOf(updateUser(access, u.id, { usageLocation: null }))).body.code).toBe("USAGE_LOCATION_REQUIRED");
    expect((await refusalOf(updateUser(access, u.id, { pstnConnectivity: "onPremises" }))).body.code).toBe("HYBRID_USER_CALLING_PLAN");
    expect((await getUser(access, u.id)).usageLocation).toBe("US");
    expect((await updateUser(access, u.id, { usageLocation: "GB" })).usageLocation).toBe("GB");
  });

  it("a room account shows the four room scenarios; the overview counts seats and phone numbers", async () => {
    const { access } = await makeTenantWithSeats({ MCOMEETADV: 2, MCOEV: 50, MCOPSTN1: 50 });
    const room = await addUser(access, { kind: "room" });
    await assignLicense(access, room.id, change(["ENTERPRISEPACK", "MCOMEETADV"]));
    const scenarios = await getRoomScenarios(access, room.id);
    expect(scenarios.map((s) => [s.scenario, s.allowed])).toEqual([
      ["joinScheduledMeeting", true],
      ["startAdHocMeeting", true],
      ["dialOut", true],
      ["phoneNumber", false],
    ]);
    expect(scenarios[3].missing[0]).toEqual(["MCOEV", "MCOPSTN1"]);
    const overview = await getLicenseOverview(access);
    expect(overview.skus.find((s) => s.sku === "MCOMEETADV")).toMatchObject({ purchased: 2, assigned: 1, available: 1 });
    expect(overview.skus.find((s) => s.sku === "MCOMEETADV")!.holders.map((h) => h.id)).toEqual([room.id]);
    // R-NUM-USER: 50 Calling Plans -> 65 user numbers; R-NUM-SVC: 50 + 2 -> 20.
    expect(overview.phoneNumbers).toMatchObject({
      callingPlanLicenses: 50,
      userNumbers: 65,
      serviceNumberLicenses: 52,
      tollServiceNumbers: 20,
    });
  });
});
