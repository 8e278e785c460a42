/**
 * Issue 10 over real HTTP: cancelling an add-on (SBX-CANCEL), a plan switch that would keep a forbidden add-on
 * (R-PS-BP), Audio Conferencing without Skype for Business (SBX-ASG-AC-SFB), a Japanese tenant buying Calling
 * Plans (R-GEO-2) and room licenses on Business Premium (SBX-ROOM-SFB). Every write goes to a tenant created here.
 */
import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, uniqueName, type Api } from "./helpers";

async function createTenant(api: Api, fields: Record<string, unknown>) {
  const res = await api.post("/tenants", {
    name: uniqueName("QA departures"),
    country: "US",
    plan: "ENTERPRISEPACK",
    seats: 10,
    ...fields,
  });
  expect(res.status(), JSON.stringify(await res.json())).toBe(201);
  return res.json();
}

async function buy(api: Api, tenantId: string, sku: string, quantity = 1) {
  const res = await api.post(`/tenants/${tenantId}/purchases`, sku === "MCOPSTNC" ? { sku, amount: "50.00" } : { sku, quantity });
  expect(res.status(), JSON.stringify(await res.json())).toBe(201);
  return (await res.json()).subscription as { id: string };
}

async function newUser(api: Api, tenantId: string, usageLocation = "US") {
  const n = Math.floor(Math.random() * 1e9);
  const res = await api.post(`/tenants/${tenantId}/users`, {
    displayName: `User ${n}`,
    userPrincipalName: `u${n}@contoso.test`,
    usageLocation,
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string };
}

function assign(api: Api, tenantId: string, userId: string, add: string[], remove: string[] = []) {
  return api.post(`/tenants/${tenantId}/users/${userId}/assignLicense`, {
    addLicenses: add.map((sku) => ({ sku })),
    removeLicenses: remove,
  });
}

test.describe("API: issue 10 departures", () => {
  test("SBX-CANCEL: DELETE a subscription refuses SEATS_IN_USE while assigned and DEPENDENCY_VIOLATION while a Calling Plan needs it, then cancels (204)", async ({
    request,
  }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, {});
    const phone = await buy(admin, tenant.id, "MCOEV", 2);
    const plan = await buy(admin, tenant.id, "MCOPSTN1", 1);
    const needed = await admin.delete(`/tenants/${tenant.id}/subscriptions/${phone.id}`);
    expect(needed.status()).toBe(409);
    expect((await needed.json()).error).toMatchObject({ code: "DEPENDENCY_VIOLATION", ruleId: "R-CP-1" });

    const user = await newUser(admin, tenant.id);
    expect((await assign(admin, tenant.id, user.id, ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"])).status()).toBe(200);

    const inUse = await admin.delete(`/tenants/${tenant.id}/subscriptions/${plan.id}`);
    expect(inUse.status()).toBe(409);
    expect((await inUse.json()).error).toMatchObject({
      code: "SEATS_IN_USE",
      ruleId: "R-ASG-SEAT",
      remedies: [{ action: "unassign", sku: "MCOPSTN1" }],
    });

    expect((await assign(admin, tenant.id, user.id, [], ["MCOPSTN1"])).status()).toBe(200);
    expect((await admin.delete(`/tenants/${tenant.id}/subscriptions/${plan.id}`)).status()).toBe(204);
    const state = await (await admin.get(`/tenants/${tenant.id}`)).json();
    expect(state.subscriptions.map((s: { sku: string }) => s.sku)).not.toContain("MCOPSTN1");
    expect((await admin.delete(`/tenants/${tenant.id}/subscriptions/${plan.id}`)).status()).toBe(404);
  });

  test("R-PS-BP: E3 with Phone System can't switch to Business Premium; the refusal names the add-on to cancel", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, {});
    await buy(admin, tenant.id, "MCOEV", 1);
    const res = await admin.post(`/tenants/${tenant.id}/switch-plan`, { to: "O365_BUSINESS_PREMIUM" });
    expect(res.status()).toBe(409);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: "DEPENDENCY_VIOLATION", ruleId: "R-PS-BP" });
    expect(error.remedies).toContainEqual({ action: "cancelSubscription", sku: "MCOEV" });
    expect((await (await admin.get(`/tenants/${tenant.id}`)).json()).plan).toBe("ENTERPRISEPACK");
  });

  test("SBX-ASG-AC-SFB: Audio Conferencing without Skype for Business is DEPENDENCY_VIOLATION", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, {});
    await buy(admin, tenant.id, "MCOMEETADV", 1);
    const user = await newUser(admin, tenant.id);
    const alone = await assign(admin, tenant.id, user.id, ["MCOMEETADV"]);
    expect(alone.status()).toBe(409);
    expect((await alone.json()).error).toMatchObject({ code: "DEPENDENCY_VIOLATION", ruleId: "SBX-ASG-AC-SFB" });
    expect((await assign(admin, tenant.id, user.id, ["ENTERPRISEPACK", "MCOMEETADV"])).status()).toBe(200);
    const removePlan = await assign(admin, tenant.id, user.id, [], ["ENTERPRISEPACK"]);
    expect((await removePlan.json()).error).toMatchObject({ code: "DEPENDENCY_VIOLATION", ruleId: "SBX-ASG-AC-SFB" });
  });

  test("R-GEO-2: a Japanese tenant buys Calling Plans for its US users", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { country: "JP" });
    await buy(admin, tenant.id, "MCOEV", 1);
    await buy(admin, tenant.id, "MCOPSTN1", 1);
    const user = await newUser(admin, tenant.id, "US");
    expect((await assign(admin, tenant.id, user.id, ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"])).status()).toBe(200);
  });

  test("SBX-ROOM-SFB: a Business Premium tenant buys standalone SfB Plan 1 for a room and assigns it", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "O365_BUSINESS_PREMIUM" });
    await buy(admin, tenant.id, "MCOIMP", 1);
    const roomUser = await newUser(admin, tenant.id);
    expect((await assign(admin, tenant.id, roomUser.id, ["MCOIMP"])).status()).toBe(200);
    expect((await (await admin.get(`/tenants/${tenant.id}`)).json()).plan).toBe("O365_BUSINESS_PREMIUM");
  });
});
