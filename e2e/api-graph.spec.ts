import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, apiAs, tenantWithAllRoles, type Api } from "./helpers";

/** Issue 13: the Microsoft Graph-compatible surface over real HTTP, with a client-credentials token. */

const SKU = {
  E3: "6fd2c87f-b296-42f0-b197-1e91e994b900",
  E5: "c7df2760-2c81-4ef7-b578-5b5392b571df",
  MCOEV: "e43b5b99-8dfb-405f-9987-dc307f34bcbd",
  MCOPSTN1: "0dab259f-bf13-4952-b7f8-7db8f131b28d",
  E1: "18181a46-0d4e-45cd-891e-60aabd171b4e",
};
const PLAN_MCOEV = "4828c8ec-dc2e-4779-b502-87ac9ce28ab7";
const PLAN_MCOPSTN1 = "4ed3ff63-69d7-4fb7-b984-5aec7f605ca8";

async function buy(admin: Api, tenantId: string, seats: Record<string, number>) {
  for (const [sku, quantity] of Object.entries(seats)) {
    expect((await admin.post(`/tenants/${tenantId}/purchases`, { sku, quantity })).status(), `buy ${sku}`).toBe(201);
  }
}

async function graphClient(request: APIRequestContext, admin: Api, tenantId: string) {
  const reg = await admin.post(`/tenants/${tenantId}/app-registrations`, { displayName: "QA script" });
  expect(reg.status()).toBe(201);
  const { clientId, clientSecret } = await reg.json();
  const tokenRes = await request.post(`/${tenantId}/oauth2/v2.0/token`, {
    form: {
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
      scope: "https://graph.microsoft.com/.default",
    },
  });
  expect(tokenRes.status()).toBe(200);
  const token = await tokenRes.json();
  expect(token).toMatchObject({ token_type: "Bearer" });
  expect(token.expires_in).toBeGreaterThan(0);
  const headers = { Authorization: `Bearer ${token.access_token}` };
  return {
    clientId,
    clientSecret,
    token: token.access_token as string,
    get: (url: string, extra: Record<string, string> = {}) => request.get(`/graph/v1.0${url}`, { headers: { ...headers, ...extra } }),
    post: (url: string, data: unknown) => request.post(`/graph/v1.0${url}`, { headers, data }),
    patch: (url: string, data: unknown) => request.patch(`/graph/v1.0${url}`, { headers, data }),
  };
}

test.describe("Graph-compatible surface", () => {
  test("app registrations: Global admin only, secret shown once, token bound to the tenant, revoke ends it", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const licenseAdmin = await apiAs(request, ACCOUNTS.licenseAdmin);
    expect((await licenseAdmin.post(`/tenants/${tenant.id}/app-registrations`, { displayName: "x" })).status()).toBe(403);
    expect((await admin.post(`/tenants/${tenant.id}/app-registrations`, { displayName: "" })).status()).toBe(400);

    const g = await graphClient(request, admin, tenant.id);
    const list = await (await admin.get(`/tenants/${tenant.id}/app-registrations`)).json();
    expect(list.value).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(g.clientSecret);
    expect(list.value[0]).toMatchObject({ clientId: g.clientId, displayName: "QA script", revokedAt: null });

    // Wrong secret, or the right app on another tenant's endpoint: invalid_client.
    const form = {
      grant_type: "client_credentials",
      client_id: g.clientId,
      client_secret: "wrong",
      scope: "https://graph.microsoft.com/.default",
    };
    const wrong = await request.post(`/${tenant.id}/oauth2/v2.0/token`, { form });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error).toBe("invalid_client");
    const other = await tenantWithAllRoles(request);
    const cross = await request.post(`/${other.tenant.id}/oauth2/v2.0/token`, { form: { ...form, client_secret: g.clientSecret } });
    expect(cross.status()).toBe(401);
    const badGrant = await request.post(`/${tenant.id}/oauth2/v2.0/token`, { form: { ...form, grant_type: "password" } });
    expect((await badGrant.json()).error).toBe("unsupported_grant_type");

    const org = await g.get("/organization");
    expect(org.status()).toBe(200);
    expect((await org.json()).value[0]).toMatchObject({ id: tenant.id, countryLetterCode: "US" });

    expect((await admin.delete(`/tenants/${tenant.id}/app-registrations/${list.value[0].id}`)).status()).toBe(204);
    const after = await g.get("/organization");
    expect(after.status()).toBe(401);
    const body = await after.json();
    expect(body.error.code).toBe("InvalidAuthenticationToken");
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.error.innerError["request-id"]).toBe(after.headers()["request-id"]);
  });

  test("subscribedSkus and users: GUIDs, @odata.context, $select, $top with an absolute nextLink, $filter forms", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    await buy(admin, tenant.id, { MCOEV: 3 });
    const g = await graphClient(request, admin, tenant.id);

    const skus = await g.get("/subscribedSkus", { "client-request-id": "my-correlation-id" });
    expect(skus.headers()["client-request-id"]).toBe("my-correlation-id");
    expect(skus.headers()["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const skuBody = await skus.json();
    expect(skuBody["@odata.context"]).toMatch(/\/graph\/v1\.0\/\$metadata#subscribedSkus$/);
    const e3 = skuBody.value.find((s: { skuPartNumber: string }) => s.skuPartNumber === "ENTERPRISEPACK");
    expect(e3).toMatchObject({ skuId: SKU.E3, id: `${tenant.id}_${SKU.E3}`, appliesTo: "User", prepaidUnits: { enabled: 10 } });
    expect(e3.servicePlans[0]).toMatchObject({ provisioningStatus: "Success", appliesTo: "User" });
    expect((await g.get(`/subscribedSkus/${e3.id}`)).status()).toBe(200);
    const missing = await g.get("/subscribedSkus/nope");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("Request_ResourceNotFound");

    for (const [name, loc] of [
      ["Alex Wilber", "US"],
      ["Adele Vance", "GB"],
      ["Ben Walters", "US"],
    ]) {
      const n = name.split(" ")[0].toLowerCase();
      const res = await g.post("/users", {
        accountEnabled: true,
        displayName: name,
        mailNickname: n,
        userPrincipalName: `${n}@contoso.test`,
        usageLocation: loc,
        passwordProfile: { password: "x" },
      });
      expect(res.status()).toBe(201);
    }
    const page1 = await (await g.get("/users?$top=2&$select=displayName,usageLocation")).json();
    expect(page1["@odata.context"]).toContain("#users(displayName,usageLocation)");
    expect(page1.value).toHaveLength(2);
    expect(Object.keys(page1.value[0]).sort()).toEqual(["displayName", "id", "usageLocation"]);
    expect(page1["@odata.nextLink"]).toMatch(/^http:\/\/localhost:\d+\/graph\/v1\.0\/users\?/);
    const page2 = await (await request.get(page1["@odata.nextLink"], { headers: { Authorization: `Bearer ${g.token}` } })).json();
    expect(page2.value).toHaveLength(1);
    expect(page2["@odata.nextLink"]).toBeUndefined();

    const gb = await (await g.get(`/users?$filter=${encodeURIComponent("usageLocation eq 'GB'")}`)).json();
    expect(gb.value.map((u: { displayName: string }) => u.displayName)).toEqual(["Adele Vance"]);
    const a = await (await g.get(`/users?$filter=${encodeURIComponent("startswith(displayName,'A')")}`)).json();
    expect(a.value).toHaveLength(2);
    const bad = await g.get(`/users?$filter=${encodeURIComponent("department eq 'x'")}`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("Request_BadRequest");

    const alex = await g.get("/users/alex@contoso.test");
    expect(alex.status()).toBe(200);
    const alexId = (await alex.json()).id;
    expect((await g.patch(`/users/${alexId}`, { usageLocation: "CA" })).status()).toBe(204);
    expect((await (await g.get(`/users/${alexId}?$select=usageLocation`)).json()).usageLocation).toBe("CA");

    await g.post(`/users/${alexId}/assignLicense`, { addLicenses: [{ skuId: SKU.E3, disabledPlans: [] }], removeLicenses: [] });
    const holders = await (await g.get(`/users?$filter=${encodeURIComponent(`assignedLicenses/any(x:x/skuId eq ${SKU.E3})`)}`)).json();
    expect(holders.value.map((u: { id: string }) => u.id)).toEqual([alexId]);
  });

  test("assignLicense: all or nothing, disabledPlans in licenseDetails, Graph's wording and ruleId on refusals", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request, { plan: "ENTERPRISEPREMIUM", seats: 5 });
    await buy(admin, tenant.id, { MCOPSTN1: 1 });
    const g = await graphClient(request, admin, tenant.id);
    const mk = async (n: string, usageLocation: string | null = "US") =>
      (await (await g.post("/users", { displayName: n, userPrincipalName: `${n.toLowerCase()}@contoso.test`, usageLocation })).json())
        .id as string;
    const u1 = await mk("One");
    const u2 = await mk("Two");
    const noLoc = await mk("Nowhere", null);

    // Usage location.
    const loc = await g.post(`/users/${noLoc}/assignLicense`, { addLicenses: [{ skuId: SKU.E5 }], removeLicenses: [] });
    expect(loc.status()).toBe(400);
    const locErr = (await loc.json()).error;
    expect(locErr).toMatchObject({
      code: "Request_BadRequest",
      message: "License assignment cannot be done for user with invalid usage location.",
    });
    expect(locErr.innerError.ruleId).toBe("R-ASG-LOC");

    // E5 with its Phone System plan disabled: no Calling Plan (dependency), and nothing of the call is applied.
    const dep = await g.post(`/users/${u1}/assignLicense`, {
      addLicenses: [{ skuId: SKU.E5, disabledPlans: [PLAN_MCOEV] }, { skuId: SKU.MCOPSTN1 }],
      removeLicenses: [],
    });
    expect(dep.status()).toBe(400);
    const depErr = (await dep.json()).error;
    expect(depErr.message).toBe(
      `License assignment failed because service plan ${PLAN_MCOPSTN1} depends on the service plan(s) ${PLAN_MCOEV}`,
    );
    expect(depErr.innerError.ruleId).toBe("R-ASG-CP-PS");
    expect((await (await g.get(`/users/${u1}/licenseDetails`)).json()).value).toEqual([]);

    const ok = await g.post(`/users/${u1}/assignLicense`, {
      addLicenses: [{ skuId: SKU.E5, disabledPlans: [PLAN_MCOEV] }],
      removeLicenses: [],
    });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).assignedLicenses).toEqual([{ skuId: SKU.E5, disabledPlans: [PLAN_MCOEV] }]);
    const details = (await (await g.get(`/users/${u1}/licenseDetails`)).json()).value;
    const mcoev = details[0].servicePlans.find((p: { servicePlanId: string }) => p.servicePlanId === PLAN_MCOEV);
    expect(mcoev.provisioningStatus).toBe("Disabled");

    // Mutual exclusion (one Enterprise suite per user).
    const mx = await g.post(`/users/${u1}/assignLicense`, { addLicenses: [{ skuId: SKU.E3 }], removeLicenses: [] });
    expect(mx.status()).toBe(400);
    expect((await mx.json()).error.message).toMatch(/^License assignment failed because service plans .+,.+ are mutually exclusive$/);

    // Re-enable Phone System, then the Calling Plan's one seat: the second user finds none left.
    expect(
      (
        await g.post(`/users/${u1}/assignLicense`, {
          addLicenses: [{ skuId: SKU.E5, disabledPlans: [] }, { skuId: SKU.MCOPSTN1 }],
          removeLicenses: [],
        })
      ).status(),
    ).toBe(200);
    expect((await g.post(`/users/${u2}/assignLicense`, { addLicenses: [{ skuId: SKU.E5 }], removeLicenses: [] })).status()).toBe(200);
    const seat = await g.post(`/users/${u2}/assignLicense`, { addLicenses: [{ skuId: SKU.MCOPSTN1 }], removeLicenses: [] });
    expect(seat.status()).toBe(400);
    expect((await seat.json()).error.message).toBe(`Subscription with SKU ${SKU.MCOPSTN1} does not have any available licenses.`);

    // Remove by GUID.
    const removed = await g.post(`/users/${u1}/assignLicense`, { addLicenses: [], removeLicenses: [SKU.MCOPSTN1] });
    expect((await removed.json()).assignedLicenses.map((l: { skuId: string }) => l.skuId)).toEqual([SKU.E5]);
  });

  test("$batch: up to 20 requests, dependsOn, headers keyed Content-Type", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const g = await graphClient(request, admin, tenant.id);
    const res = await g.post("/$batch", {
      requests: [
        {
          id: "1",
          method: "POST",
          url: "/users",
          headers: { "Content-Type": "application/json" },
          body: { displayName: "Batch", userPrincipalName: "batch@contoso.test", usageLocation: "US" },
        },
        {
          id: "2",
          method: "POST",
          url: "/users/batch@contoso.test/assignLicense",
          dependsOn: ["1"],
          body: { addLicenses: [{ skuId: SKU.E3 }], removeLicenses: [] },
        },
        { id: "3", method: "GET", url: "/users/nobody@contoso.test" },
        { id: "4", method: "GET", url: "/users/nobody@contoso.test/licenseDetails", dependsOn: ["3"] },
      ],
    });
    expect(res.status()).toBe(200);
    const { responses } = await res.json();
    const byId = Object.fromEntries(responses.map((r: { id: string }) => [r.id, r]));
    expect(byId["1"]).toMatchObject({ status: 201, headers: { "Content-Type": "application/json" } });
    expect(byId["2"].status).toBe(200);
    expect(byId["2"].body.assignedLicenses[0].skuId).toBe(SKU.E3);
    expect(byId["3"].status).toBe(404);
    expect(byId["3"].body.error.code).toBe("Request_ResourceNotFound");
    expect(byId["4"].status).toBe(424);

    const tooMany = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: "/organization" }));
    const refused = await g.post("/$batch", { requests: tooMany });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.code).toBe("Request_BadRequest");
  });
});
