/**
 * Phone numbers over real HTTP (issue 10, api.md "Phone numbers and cancelling"): capacity and acquisition
 * (R-NUM-USER, R-NUM-SVC), toll-free needs credits (R-CC-4), Chile toll numbers (R-GEO-4), assigning a user number
 * (SBX-NUM-ASSIGN), releasing, roles and tenants, bad input; and the room-scenario advisor (catalogue §4.3).
 */
import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, tenantWithAllRoles, type Api } from "./helpers";

async function buy(api: Api, tenantId: string, body: Record<string, unknown>) {
  const res = await api.post(`/tenants/${tenantId}/purchases`, body);
  expect(res.status(), JSON.stringify(await res.json())).toBe(201);
}

async function newUser(api: Api, tenantId: string, fields: Record<string, unknown> = {}) {
  const n = Math.floor(Math.random() * 1e9);
  const res = await api.post(`/tenants/${tenantId}/users`, {
    displayName: `User ${n}`,
    userPrincipalName: `u${n}@contoso.test`,
    usageLocation: "US",
    ...fields,
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string };
}

test.describe("API: phone numbers", () => {
  test("R-NUM-USER R-CC-4: capacity, acquire within it, refusals past it and for toll-free without credits", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { sku: "MCOEV", quantity: 5 });
    await buy(admin, tenant.id, { sku: "MCOPSTN1", quantity: 5 });
    const first = await (await admin.get(`/tenants/${tenant.id}/phone-numbers`)).json();
    expect(first).toEqual({ capacity: { user: 15, serviceToll: 5, serviceTollFree: 5 }, numbers: [] });

    const got = await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "user", country: "US", quantity: 15 });
    expect(got.status()).toBe(201);
    const { numbers } = await got.json();
    expect(numbers).toHaveLength(15);
    expect(numbers[0]).toMatchObject({ kind: "user", country: "US", assignedTo: null, number: expect.stringMatching(/^\+1\d+$/) });

    const over = await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "user", country: "US", quantity: 1 });
    expect(over.status()).toBe(409);
    expect((await over.json()).error).toMatchObject({ code: "NUMBER_CAPACITY_EXCEEDED", ruleId: "R-NUM-USER" });

    const tollFree = await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "serviceTollFree", country: "US", quantity: 1 });
    expect(tollFree.status()).toBe(409);
    expect((await tollFree.json()).error).toMatchObject({
      code: "CREDITS_NOT_SET_UP",
      ruleId: "R-CC-4",
      remedies: [{ action: "purchase", sku: "MCOPSTNC" }],
    });
    await buy(admin, tenant.id, { sku: "MCOPSTNC", amount: "50.00" });
    expect(
      (await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "serviceTollFree", country: "US", quantity: 2 })).status(),
    ).toBe(201);

    const chile = await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "serviceToll", country: "CL", quantity: 1 });
    expect(chile.status()).toBe(422);
    expect((await chile.json()).error).toMatchObject({ code: "COUNTRY_NOT_AVAILABLE", ruleId: "R-GEO-4" });

    const after = await (await admin.get(`/tenants/${tenant.id}/phone-numbers`)).json();
    expect(after.numbers).toHaveLength(17);
  });

  test("SBX-NUM-ASSIGN: PATCH assigns a user number; the holder keeps its Calling Plan; DELETE releases once unassigned", async ({
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { sku: "MCOEV", quantity: 2 });
    await buy(admin, tenant.id, { sku: "MCOPSTN1", quantity: 2 });
    const user = await newUser(admin, tenant.id);
    const [number] = (await (await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "user", country: "US", quantity: 1 })).json())
      .numbers;

    const noPlan = await admin.patch(`/tenants/${tenant.id}/phone-numbers/${number.id}`, { assignedTo: user.id });
    expect(noPlan.status()).toBe(422);
    expect((await noPlan.json()).error).toMatchObject({ code: "PREREQUISITE_MISSING", ruleId: "R-ASG-CP" });
    const licensed = await admin.post(`/tenants/${tenant.id}/users/${user.id}/assignLicense`, {
      addLicenses: [{ sku: "ENTERPRISEPACK" }, { sku: "MCOEV" }, { sku: "MCOPSTN1" }],
      removeLicenses: [],
    });
    expect(licensed.status()).toBe(200);
    const assigned = await admin.patch(`/tenants/${tenant.id}/phone-numbers/${number.id}`, { assignedTo: user.id });
    expect(assigned.status()).toBe(200);
    expect((await assigned.json()).assignedTo).toBe(user.id);

    const dropPlan = await admin.post(`/tenants/${tenant.id}/users/${user.id}/assignLicense`, {
      addLicenses: [],
      removeLicenses: ["MCOPSTN1"],
    });
    expect(dropPlan.status()).toBe(409);
    expect((await dropPlan.json()).error).toMatchObject({ code: "DEPENDENCY_VIOLATION", ruleId: "SBX-NUM-ASSIGN" });

    const busy = await admin.delete(`/tenants/${tenant.id}/phone-numbers/${number.id}`);
    expect(busy.status()).toBe(409);
    expect((await busy.json()).error.code).toBe("NUMBER_IN_USE");
    expect((await admin.patch(`/tenants/${tenant.id}/phone-numbers/${number.id}`, { assignedTo: null })).status()).toBe(200);
    expect((await admin.delete(`/tenants/${tenant.id}/phone-numbers/${number.id}`)).status()).toBe(204);
    expect((await admin.delete(`/tenants/${tenant.id}/phone-numbers/${number.id}`)).status()).toBe(404);
  });

  test("auth and bad input: reader 403 on writes, other tenant 404, VALIDATION_FAILED by field", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { sku: "MCOEV", quantity: 2 });
    const reader = await apiAs(request, ACCOUNTS.globalReader);
    expect((await reader.get(`/tenants/${tenant.id}/phone-numbers`)).status()).toBe(200);
    const denied = await reader.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "serviceToll", country: "US", quantity: 1 });
    expect(denied.status()).toBe(403);
    const [number] = (
      await (await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "serviceToll", country: "US", quantity: 1 })).json()
    ).numbers;
    expect((await reader.delete(`/tenants/${tenant.id}/phone-numbers/${number.id}`)).status()).toBe(403);
    expect((await reader.patch(`/tenants/${tenant.id}/phone-numbers/${number.id}`, { assignedTo: null })).status()).toBe(403);

    const other = await admin.post("/tenants", { name: "Other numbers tenant", country: "US", plan: "ENTERPRISEPACK", seats: 1 });
    const otherId = (await other.json()).id;
    expect((await reader.get(`/tenants/${otherId}/phone-numbers`)).status()).toBe(404);
    expect((await admin.delete(`/tenants/${otherId}/phone-numbers/${number.id}`)).status()).toBe(404);

    const bad = await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "fax", country: "XX", quantity: 0 });
    expect(bad.status()).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.details).sort()).toEqual(["country", "kind", "quantity"]);
    expect((await admin.post(`/tenants/${tenant.id}/phone-numbers`, { kind: "user", country: "US", quantity: "2" })).status()).toBe(400);
    const service = await admin.patch(`/tenants/${tenant.id}/phone-numbers/${number.id}`, { assignedTo: "nobody" });
    expect(service.status()).toBe(404);
    expect((await admin.get(`/tenants/${tenant.id}/phone-numbers`)).status()).toBe(200);
  });

  test("room scenarios: GET /users/{userId}/room-scenarios answers the four §4.3 scenarios (A-15)", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const room = await newUser(admin, tenant.id, { kind: "room" });
    expect(
      (
        await admin.post(`/tenants/${tenant.id}/users/${room.id}/assignLicense`, {
          addLicenses: [{ sku: "ENTERPRISEPACK" }],
          removeLicenses: [],
        })
      ).status(),
    ).toBe(200);
    const res = await admin.get(`/tenants/${tenant.id}/users/${room.id}/room-scenarios`);
    expect(res.status()).toBe(200);
    const { scenarios } = await res.json();
    const by = Object.fromEntries(scenarios.map((s: { scenario: string }) => [s.scenario, s]));
    expect(Object.keys(by).sort()).toEqual(["dialOut", "joinScheduledMeeting", "phoneNumber", "startAdHocMeeting"]);
    expect(by.joinScheduledMeeting.allowed).toBe(true);
    expect(by.dialOut).toMatchObject({ allowed: false, missing: [["MCOMEETADV"]] });
    const reader = await apiAs(request, ACCOUNTS.globalReader);
    expect((await reader.get(`/tenants/${tenant.id}/users/${room.id}/room-scenarios`)).status()).toBe(200);
    expect((await admin.get(`/tenants/${tenant.id}/users/nope/room-scenarios`)).status()).toBe(404);
  });
});
