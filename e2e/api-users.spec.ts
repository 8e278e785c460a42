import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, tenantWithAllRoles, type Api } from "./helpers";

const GUID = {
  E3: "6fd2c87f-b296-42f0-b197-1e91e994b900",
  MCOEV: "e43b5b99-8dfb-405f-9987-dc307f34bcbd",
  MCOPSTN1: "0dab259f-bf13-4952-b7f8-7db8f131b28d",
};

async function buy(admin: Api, tenantId: string, seats: Record<string, number>) {
  for (const [sku, quantity] of Object.entries(seats)) {
    const res = await admin.post(`/tenants/${tenantId}/purchases`, { sku, quantity });
    expect(res.status(), `buy ${sku}`).toBe(201);
  }
}

async function newUser(admin: Api, tenantId: string, fields: Record<string, unknown> = {}) {
  const n = Math.random().toString(36).slice(2, 8);
  const res = await admin.post(`/tenants/${tenantId}/users`, {
    displayName: `User ${n}`,
    userPrincipalName: `u${n}@contoso.test`,
    usageLocation: "US",
    ...fields,
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; userPrincipalName: string };
}

test.describe("users and licenses API over HTTP", () => {
  test("create, list (search, sort, page), read, edit, delete a user; the username must be unique and well formed", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const base = `/tenants/${tenant.id}/users`;
    const created = await admin.post(base, { displayName: "Adele Vance", userPrincipalName: "Adele@Contoso.test", usageLocation: "us" });
    expect(created.status()).toBe(201);
    const adele = await created.json();
    expect(adele).toMatchObject({
      userPrincipalName: "adele@contoso.test",
      usageLocation: "US",
      pstnConnectivity: "online",
      kind: "person",
      assignedLicenses: [],
    });
    await newUser(admin, tenant.id, { displayName: "Zoe Zimmer" });
    expect((await admin.post(base, { displayName: "Again", userPrincipalName: "adele@contoso.test" })).status()).toBe(409);
    const bad = await admin.post(base, { displayName: "", userPrincipalName: "nope", usageLocation: "XX" });
    expect(bad.status()).toBe(400);
    expect(Object.keys((await bad.json()).error.details).sort()).toEqual(["displayName", "usageLocation", "userPrincipalName"]);

    const page = await (await admin.get(`${base}?sort=-displayName&page=1&pageSize=1`)).json();
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.users[0].displayName).toBe("Zoe Zimmer");
    const found = await (await admin.get(`${base}?search=ADELE`)).json();
    expect(found.users.map((u: { id: string }) => u.id)).toEqual([adele.id]);
    expect((await admin.get(`${base}?pageSize=100000`)).status()).toBe(400);

    const edited = await admin.patch(`${base}/${adele.id}`, { displayName: "Adele V.", pstnConnectivity: "onPremises" });
    expect(edited.status()).toBe(200);
    expect(await edited.json()).toMatchObject({ displayName: "Adele V.", pstnConnectivity: "onPremises" });
    expect((await admin.get(`${base}/${adele.id}`)).status()).toBe(200);
    expect((await admin.delete(`${base}/${adele.id}`)).status()).toBe(204);
    expect((await admin.get(`${base}/${adele.id}`)).status()).toBe(404);
  });

  test("assignLicense takes Graph's body (skuId GUIDs or skus) and answers with the user; licenseDetails and subscribedSkus have Graph's shape", async ({
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { MCOEV: 2, MCOPSTN1: 2 });
    const u = await newUser(admin, tenant.id);
    const res = await admin.post(`/tenants/${tenant.id}/users/${u.id}/assignLicense`, {
      addLicenses: [{ skuId: GUID.E3, disabledPlans: [] }, { skuId: GUID.MCOEV }, { sku: "MCOPSTN1" }],
      removeLicenses: [],
    });
    expect(res.status()).toBe(200);
    const user = await res.json();
    expect(user.id).toBe(u.id);
    expect(user.assignedLicenses.map((l: { skuId: string }) => l.skuId).sort()).toEqual([GUID.E3, GUID.MCOEV, GUID.MCOPSTN1].sort());

    const details = await (await admin.get(`/tenants/${tenant.id}/users/${u.id}/licenseDetails`)).json();
    expect(details.value).toHaveLength(3);
    expect(details.value[0]).toEqual({
      id: expect.any(String),
      skuId: expect.any(String),
      skuPartNumber: expect.any(String),
      servicePlans: expect.arrayContaining([
        { servicePlanId: expect.any(String), servicePlanName: expect.any(String), provisioningStatus: "Success", appliesTo: "User" },
      ]),
    });

    const skus = await (await admin.get(`/tenants/${tenant.id}/subscribedSkus`)).json();
    const ev = skus.value.find((s: { skuPartNumber: string }) => s.skuPartNumber === "MCOEV");
    expect(ev).toMatchObject({
      id: `${tenant.id}_${GUID.MCOEV}`,
      skuId: GUID.MCOEV,
      appliesTo: "User",
      capabilityStatus: "Enabled",
      consumedUnits: 1,
      prepaidUnits: { enabled: 2, suspended: 0, warning: 0, lockedOut: 0 },
      subscriptionIds: [expect.any(String)],
    });

    // Removal by GUID; and a body naming the same sku on both sides is malformed.
    const removed = await admin.post(`/tenants/${tenant.id}/users/${u.id}/assignLicense`, {
      addLicenses: [],
      removeLicenses: [GUID.MCOPSTN1],
    });
    expect((await removed.json()).assignedLicenses).toHaveLength(2);
    const both = await admin.post(`/tenants/${tenant.id}/users/${u.id}/assignLicense`, {
      addLicenses: [{ sku: "MCOEV" }],
      removeLicenses: ["MCOEV"],
    });
    expect(both.status()).toBe(400);
    const unknown = await admin.post(`/tenants/${tenant.id}/users/${u.id}/assignLicense`, { addLicenses: [{ sku: "NOT_A_SKU" }] });
    expect((await unknown.json()).error.code).toBe("VALIDATION_FAILED");
    expect((await admin.post(`/tenants/${tenant.id}/users/nope/assignLicense`, { addLicenses: [{ sku: "MCOEV" }] })).status()).toBe(404);
  });

  test("each refusal code over HTTP, with its status, rule id and remedies; the user keeps their licenses", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { MCOEV: 5, MCOPSTN1: 5 });
    const assign = (userId: string, add: string[], remove: string[] = []) =>
      admin.post(`/tenants/${tenant.id}/users/${userId}/assignLicense`, {
        addLicenses: add.map((sku) => ({ sku })),
        removeLicenses: remove,
      });
    const voice = await newUser(admin, tenant.id);
    expect((await assign(voice.id, ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"])).status()).toBe(200);
    const noLocation = await newUser(admin, tenant.id, { usageLocation: null });
    const hybrid = await newUser(admin, tenant.id, { pstnConnectivity: "onPremises" });
    const argentina = await newUser(admin, tenant.id, { usageLocation: "AR" });
    const plain = await newUser(admin, tenant.id);

    const cases: [string, Promise<import("@playwright/test").APIResponse>, number, string, string][] = [
      ["no seats of Audio Conferencing", assign(plain.id, ["ENTERPRISEPACK", "MCOMEETADV"]), 409, "INSUFFICIENT_LICENSES", "R-ASG-SEAT"],
      ["no usage location", assign(noLocation.id, ["ENTERPRISEPACK"]), 409, "USAGE_LOCATION_REQUIRED", "R-ASG-LOC"],
      ["Calling Plan without Phone System", assign(plain.id, ["ENTERPRISEPACK", "MCOPSTN1"]), 409, "DEPENDENCY_VIOLATION", "R-ASG-CP-PS"],
      ["removing Phone System under a Calling Plan", assign(voice.id, [], ["MCOEV"]), 409, "DEPENDENCY_VIOLATION", "R-ASG-CP-PS"],
      ["two suites", assign(voice.id, ["STANDARDPACK"]), 409, "MUTUALLY_EXCLUSIVE", "SBX-MX-SUITE"],
      [
        "Calling Plan for a hybrid user",
        assign(hybrid.id, ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]),
        409,
        "HYBRID_USER_CALLING_PLAN",
        "R-ASG-HYB",
      ],
      ["Calling Plan in Argentina", assign(argentina.id, ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]), 422, "COUNTRY_NOT_AVAILABLE", "R-GEO-2"],
      ["credits not set up", assign(plain.id, ["MCOPSTNC"]), 409, "CREDITS_NOT_SET_UP", "R-CC-3"],
    ];
    for (const [label, pending, status, code, ruleId] of cases) {
      const res = await pending;
      expect(res.status(), label).toBe(status);
      const { error } = await res.json();
      expect(error, label).toMatchObject({
        code,
        ruleId,
        message: expect.any(String),
        doc: expect.any(String),
        remedies: expect.any(Array),
      });
    }
    const after = await (await admin.get(`/tenants/${tenant.id}/users/${voice.id}`)).json();
    expect(after.assignedLicenses.map((l: { sku: string }) => l.sku).sort()).toEqual(["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]);
    const events = (await (await admin.get(`/tenants/${tenant.id}/events?limit=100`)).json()).events;
    expect(
      events.filter((e: { outcome: string; action: string }) => e.outcome === "denied" && e.action === "license.assign").length,
    ).toBeGreaterThanOrEqual(8);
  });

  test("bulk: all or nothing with a per-user report; dryRun only reports", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { MCOEV: 2 });
    const users = [await newUser(admin, tenant.id), await newUser(admin, tenant.id), await newUser(admin, tenant.id)];
    const body = { userIds: users.map((u) => u.id), addLicenses: [{ sku: "MCOEV" }] };
    const dry = await admin.post(`/tenants/${tenant.id}/licenses/bulk`, { ...body, dryRun: true });
    expect(dry.status()).toBe(200);
    expect(await dry.json()).toMatchObject({ ok: false, applied: false, users: 3, failed: 1 });

    const refused = await admin.post(`/tenants/${tenant.id}/licenses/bulk`, body);
    expect(refused.status()).toBe(409);
    const { error } = await refused.json();
    expect(error).toMatchObject({ code: "INSUFFICIENT_LICENSES", ruleId: "R-ASG-SEAT", details: { ok: false, users: 3, failed: 1 } });
    expect(error.details.report.map((r: { userId: string; ok: boolean }) => [r.userId, r.ok])).toEqual([
      [users[0].id, true],
      [users[1].id, true],
      [users[2].id, false],
    ]);
    expect(error.details.report[2].error.code).toBe("INSUFFICIENT_LICENSES");
    const skus = (await (await admin.get(`/tenants/${tenant.id}/subscribedSkus`)).json()).value;
    expect(skus.find((s: { skuPartNumber: string }) => s.skuPartNumber === "MCOEV").consumedUnits).toBe(0);

    const applied = await admin.post(`/tenants/${tenant.id}/licenses/bulk`, { ...body, userIds: body.userIds.slice(0, 2) });
    expect(applied.status()).toBe(200);
    expect(await applied.json()).toMatchObject({ ok: true, applied: true, users: 2, failed: 0 });
    const overview = await (await admin.get(`/tenants/${tenant.id}/licenses`)).json();
    expect(overview.skus.find((s: { sku: string }) => s.sku === "MCOEV")).toMatchObject({ purchased: 2, assigned: 2, available: 0 });
  });

  test("import: CSV as text/csv or JSON; one bad line imports nothing unless validRowsOnly", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const csv = "displayName,userPrincipalName,usageLocation\nAlex,alex@contoso.test,US\nBad,bad-upn,US\nRoom,room@contoso.test,FR\n";
    const refused = await request.post(`/api/v1/tenants/${tenant.id}/users/import`, {
      headers: { ...(await bearerOf(request)), "content-type": "text/csv" },
      data: csv,
    });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.details.errors).toEqual([{ line: 3, field: "userPrincipalName", message: expect.any(String) }]);
    const partial = await admin.post(`/tenants/${tenant.id}/users/import`, { csv, mode: "validRowsOnly" });
    expect(partial.status()).toBe(201);
    expect(await partial.json()).toMatchObject({ imported: 2, rows: 3, errors: [{ line: 3 }] });
  });

  test("permissions: Global reader and Billing admin read but can't assign or manage users (403); License admin can", async ({
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const u = await newUser(admin, tenant.id);
    const body = { addLicenses: [{ sku: "ENTERPRISEPACK" }], removeLicenses: [] };
    for (const email of [ACCOUNTS.globalReader, ACCOUNTS.billingAdmin]) {
      const api = await apiAs(request, email);
      expect((await api.get(`/tenants/${tenant.id}/users`)).status(), email).toBe(200);
      expect((await api.get(`/tenants/${tenant.id}/subscribedSkus`)).status(), email).toBe(200);
      const res = await api.post(`/tenants/${tenant.id}/users/${u.id}/assignLicense`, body);
      expect(res.status(), email).toBe(403);
      expect((await res.json()).error.code).toBe("FORBIDDEN");
      expect((await api.post(`/tenants/${tenant.id}/licenses/bulk`, { userIds: [u.id], ...body })).status(), email).toBe(403);
      expect(
        (await api.post(`/tenants/${tenant.id}/users`, { displayName: "X", userPrincipalName: "x@contoso.test" })).status(),
        email,
      ).toBe(403);
      expect((await api.delete(`/tenants/${tenant.id}/users/${u.id}`)).status(), email).toBe(403);
    }
    const licenseAdmin = await apiAs(request, ACCOUNTS.licenseAdmin);
    expect((await licenseAdmin.post(`/tenants/${tenant.id}/users/${u.id}/assignLicense`, body)).status()).toBe(200);
    expect((await request.get(`/api/v1/tenants/${tenant.id}/users`)).status()).toBe(401);
  });
});

async function bearerOf(request: import("@playwright/test").APIRequestContext) {
  const res = await request.post("/api/v1/tokens", { data: { email: ACCOUNTS.globalAdmin, password: "Sandbox-2018!" } });
  return { Authorization: `Bearer ${(await res.json()).token}` };
}
