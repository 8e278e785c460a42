import { expect, test } from "@playwright/test";
import {
  BatchRequestContent,
  BatchResponseContent,
  Client,
  GraphError,
  PageIterator,
  type PageCollection,
} from "@microsoft/microsoft-graph-client";
import { ensureCertificate, startHttpsProxy, type HttpsProxy } from "../scripts/https";
import { tenantWithAllRoles, type Api } from "./helpers";

/**
 * Issue 13: the official Microsoft Graph JavaScript SDK (@microsoft/microsoft-graph-client, unmodified) as a real
 * client over HTTPS. The sandbox is served the way `npm run sandbox -- --https` serves it: scripts/https.ts in front
 * of the built server; the workers trust its certificate through NODE_EXTRA_CA_CERTS (e2e/global-setup.ts).
 */

const SKU = {
  E3: "6fd2c87f-b296-42f0-b197-1e91e994b900",
  E5: "c7df2760-2c81-4ef7-b578-5b5392b571df",
  MCOPSTN1: "0dab259f-bf13-4952-b7f8-7db8f131b28d",
};
const PLAN_MCOEV = "4828c8ec-dc2e-4779-b502-87ac9ce28ab7";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let proxy: HttpsProxy;

test.beforeAll(async ({ baseURL }) => {
  expect(process.env.NODE_EXTRA_CA_CERTS, "global setup trusts the sandbox certificate").toBeTruthy();
  proxy = await startHttpsProxy({ port: 0, host: "127.0.0.1", target: baseURL!, certificate: await ensureCertificate() });
});
test.afterAll(async () => {
  await proxy?.close();
});

/** What the SDK sent: every request it makes goes through the global fetch, which this records (and passes on). */
const sent: { url: string; headers: Headers }[] = [];
const realFetch = globalThis.fetch;
test.beforeEach(() => {
  sent.length = 0;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    sent.push({ url: req.url, headers: req.headers });
    return realFetch(input, init);
  };
});
test.afterEach(() => {
  globalThis.fetch = realFetch;
});

async function sdkFor(admin: Api, tenantId: string) {
  const reg = await (await admin.post(`/tenants/${tenantId}/app-registrations`, { displayName: "SDK script" })).json();
  // The token endpoint over https too, as a script would call it.
  const tokenRes = await realFetch(`${proxy.url}/${tenantId}/oauth2/v2.0/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: reg.clientId,
      client_secret: reg.clientSecret,
      scope: "https://graph.microsoft.com/.default",
    }),
  });
  expect(tokenRes.status).toBe(200);
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  // A script written for Graph changes only these: the base URL, the custom host and the token provider.
  const client = Client.init({
    baseUrl: `${proxy.url}/graph`,
    defaultVersion: "v1.0",
    customHosts: new Set(["localhost"]),
    authProvider: (done) => done(null, token),
  });
  return { client, token };
}

async function buy(admin: Api, tenantId: string, seats: Record<string, number>) {
  for (const [sku, quantity] of Object.entries(seats)) {
    expect((await admin.post(`/tenants/${tenantId}/purchases`, { sku, quantity })).status(), `buy ${sku}`).toBe(201);
  }
}

test.describe("Graph SDK over HTTPS (issue 13)", () => {
  test("lists skus and pages through users with PageIterator; nextLinks are absolute https on the host called", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const rows = Array.from({ length: 7 }, (_, i) => ({
      displayName: `Sdk User ${i}`,
      userPrincipalName: `sdk.user${i}@contoso.test`,
      usageLocation: "US",
    }));
    expect((await admin.post(`/tenants/${tenant.id}/users/import`, { rows, mode: "allOrNothing" })).status()).toBeLessThan(300);
    const { client, token } = await sdkFor(admin, tenant.id);

    const skus = await client.api("/subscribedSkus").get();
    expect(skus.value.map((s: { skuPartNumber: string }) => s.skuPartNumber)).toContain("ENTERPRISEPACK");
    expect(skus.value.find((s: { skuPartNumber: string }) => s.skuPartNumber === "ENTERPRISEPACK").skuId).toBe(SKU.E3);

    // The SDK attached the token, a client-request-id and SdkVersion: it treats the sandbox as a Graph host.
    const first = sent[0];
    expect(first.url).toBe(`${proxy.url}/graph/v1.0/subscribedSkus`);
    expect(first.headers.get("authorization")).toBe(`Bearer ${token}`);
    expect(first.headers.get("client-request-id")).toMatch(GUID);
    expect(first.headers.get("sdkversion")).toMatch(/^graph-js\//);

    const page: PageCollection = await client.api("/users").top(3).select(["id", "displayName", "userPrincipalName"]).get();
    expect(page.value).toHaveLength(3);
    expect(page["@odata.nextLink"]).toMatch(new RegExp(`^${proxy.url.replace(/[.]/g, "\\.")}/graph/v1\\.0/users\\?`));
    const names: string[] = [];
    const iterator = new PageIterator(client, page, (u: { displayName: string; userPrincipalName: string }) => {
      names.push(u.userPrincipalName);
      return true;
    });
    await iterator.iterate();
    expect(iterator.isComplete()).toBe(true);
    expect(names.filter((n) => n.startsWith("sdk.user")).sort()).toEqual(rows.map((r) => r.userPrincipalName).sort());
    expect(new Set(names).size).toBe(names.length);
    // Every page after the first was fetched from the nextLink, over https, with the token.
    const pages = sent.filter((s) => s.url.includes("/users?"));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) {
      expect(p.url.startsWith(`${proxy.url}/graph/v1.0/users?`)).toBe(true);
      expect(p.headers.get("authorization")).toBe(`Bearer ${token}`);
    }
  });

  test("behind another proxy, nextLinks follow X-Forwarded-Proto and X-Forwarded-Host", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    for (const i of [1, 2, 3]) {
      await admin.post(`/tenants/${tenant.id}/users`, {
        displayName: `Fwd ${i}`,
        userPrincipalName: `fwd${i}@contoso.test`,
        usageLocation: "US",
      });
    }
    const { token } = await sdkFor(admin, tenant.id);
    const res = await request.get("/graph/v1.0/users?$top=2", {
      headers: { Authorization: `Bearer ${token}`, "X-Forwarded-Proto": "https", "X-Forwarded-Host": "graph.sandbox.example:8443" },
    });
    const body = await res.json();
    expect(body["@odata.nextLink"]).toMatch(/^https:\/\/graph\.sandbox\.example:8443\/graph\/v1\.0\/users\?/);
    expect(body["@odata.context"]).toBe("https://graph.sandbox.example:8443/graph/v1.0/$metadata#users");
    // Without them, the scheme and host the client called.
    const plain = await (await request.get("/graph/v1.0/users?$top=2", { headers: { Authorization: `Bearer ${token}` } })).json();
    expect(plain["@odata.nextLink"].startsWith(`${new URL(res.url()).origin}/graph/v1.0/users?`)).toBe(true);
  });

  test("assigns and removes licenses; refusals are GraphErrors with Graph's code and the sandbox's ruleId", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request, { plan: "ENTERPRISEPREMIUM", seats: 5 });
    await buy(admin, tenant.id, { MCOPSTN1: 2 });
    const { client } = await sdkFor(admin, tenant.id);
    const user = await client
      .api("/users")
      .post({ displayName: "Dana Sdk", userPrincipalName: "dana.sdk@contoso.test", usageLocation: "US", accountEnabled: true });
    expect(user.id).toBeTruthy();

    // Phone System disabled in E5: a Calling Plan can't be added (R-ASG-CP-PS), and nothing is assigned.
    const refused = await client
      .api(`/users/${user.id}/assignLicense`)
      .post({
        addLicenses: [
          { skuId: SKU.E5, disabledPlans: [PLAN_MCOEV] },
          { skuId: SKU.MCOPSTN1, disabledPlans: [] },
        ],
        removeLicenses: [],
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(GraphError);
    const err = refused as GraphError;
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe("Request_BadRequest");
    expect(err.message).toContain("depends on the service plan(s)");
    expect(err.requestId).toMatch(GUID);
    expect(Number.isNaN(err.date.getTime())).toBe(false);
    // GraphError.body is the JSON of Graph's "error" object.
    const inner = JSON.parse(err.body as string).innerError;
    expect(inner.ruleId).toBe("R-ASG-CP-PS");
    expect(inner["request-id"]).toBe(err.requestId);
    expect(inner["client-request-id"]).toBe(sent.at(-1)?.headers.get("client-request-id"));
    expect(err.headers?.get("request-id")).toBe(err.requestId);
    expect((await client.api(`/users/${user.id}/licenseDetails`).get()).value).toEqual([]);

    const assigned = await client.api(`/users/${user.id}/assignLicense`).post({
      addLicenses: [
        { skuId: SKU.E5, disabledPlans: [] },
        { skuId: SKU.MCOPSTN1, disabledPlans: [] },
      ],
      removeLicenses: [],
    });
    expect(assigned.assignedLicenses.map((l: { skuId: string }) => l.skuId).sort()).toEqual([SKU.MCOPSTN1, SKU.E5].sort());
    const removed = await client.api(`/users/${user.id}/assignLicense`).post({ addLicenses: [], removeLicenses: [SKU.MCOPSTN1] });
    expect(removed.assignedLicenses).toEqual([{ skuId: SKU.E5, disabledPlans: [] }]);

    const missing = await client
      .api("/users/nobody@contoso.test")
      .get()
      .catch((e: unknown) => e);
    expect((missing as GraphError).statusCode).toBe(404);
    expect((missing as GraphError).code).toBe("Request_ResourceNotFound");
  });

  test("JSON batching with BatchRequestContent and BatchResponseContent, serial dependsOn", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const { client } = await sdkFor(admin, tenant.id);
    const user = await client
      .api("/users")
      .post({ displayName: "Batch Sdk", userPrincipalName: "batch.sdk@contoso.test", usageLocation: "US" });
    const base = `${proxy.url}/graph/v1.0`;
    const batch = new BatchRequestContent([
      { id: "1", request: new Request(`${base}/organization`, { method: "GET" }) },
      {
        id: "2",
        request: new Request(`${base}/users/${user.id}/assignLicense`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ addLicenses: [{ skuId: SKU.E3, disabledPlans: [] }], removeLicenses: [] }),
        }),
        dependsOn: ["1"],
      },
      { id: "3", request: new Request(`${base}/users/${user.id}/licenseDetails`, { method: "GET" }), dependsOn: ["2"] },
      { id: "4", request: new Request(`${base}/users/does-not-exist`, { method: "GET" }), dependsOn: ["3"] },
    ]);
    const raw = await client.api("/$batch").post(await batch.getContent());
    for (const r of raw.responses) if (r.body) expect(r.headers).toEqual({ "Content-Type": "application/json" });
    const responses = new BatchResponseContent(raw);
    const org = responses.getResponseById("1");
    expect(org.status).toBe(200);
    expect((await org.json()).value[0].id).toBe(tenant.id);
    expect(responses.getResponseById("2").status).toBe(200);
    const details = await responses.getResponseById("3").json();
    expect(details.value.map((d: { skuId: string }) => d.skuId)).toEqual([SKU.E3]);
    const notFound = responses.getResponseById("4");
    expect(notFound.status).toBe(404);
    const body = await notFound.json();
    expect(body.error.code).toBe("Request_ResourceNotFound");
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  test("RetryHandler rides through injected 429s (graphThrottle) and 503s (failNextRequests)", async ({ request }) => {
    test.setTimeout(60_000);
    const { tenant, admin } = await tenantWithAllRoles(request);
    const { client } = await sdkFor(admin, tenant.id);
    expect((await admin.put(`/tenants/${tenant.id}/faults`, { graphThrottle: { everyNth: 2, retryAfterSeconds: 1 } })).status()).toBe(200);

    // Requests 1..6: every second one is answered 429 with Retry-After: 1, and the SDK retries it.
    for (let i = 0; i < 3; i++) {
      const org = await client.api("/organization").get();
      expect(org.value[0].id).toBe(tenant.id);
    }
    const orgCalls = sent.filter((s) => s.url.endsWith("/organization"));
    // Graph requests 1 (ok), 2 (429) + its retry 3 (ok), 4 (429) + its retry 5 (ok).
    expect(orgCalls.length).toBe(5);
    expect(orgCalls.map((s) => s.headers.get("retry-attempt"))).toEqual([null, null, "1", null, "1"]);

    // A raw look at the 429 itself (request 6): Graph's code, Retry-After, innerError with the response's request-id.
    const throttled = await fetch(`${proxy.url}/graph/v1.0/organization`, {
      headers: { authorization: sent[0].headers.get("authorization")!, "client-request-id": "my-own-id" },
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");
    const tb = await throttled.json();
    expect(tb.error.code).toBe("TooManyRequests");
    expect(tb.error.innerError).toMatchObject({
      "request-id": throttled.headers.get("request-id"),
      "client-request-id": "my-own-id",
      ruleId: "SBX-FAULT-THROTTLE",
    });
    expect(throttled.headers.get("client-request-id")).toBe("my-own-id");

    // Two provoked 503s: the SDK retries through them, and the write is applied once.
    expect(
      (await admin.put(`/tenants/${tenant.id}/faults`, { graphThrottle: null, failNextRequests: { count: 2, status: 503 } })).status(),
    ).toBe(200);
    const created = await client
      .api("/users")
      .post({ displayName: "Retry Sdk", userPrincipalName: "retry.sdk@contoso.test", usageLocation: "US" });
    expect(created.userPrincipalName).toBe("retry.sdk@contoso.test");
    const users = await client.api("/users").filter("startswith(displayName,'Retry')").get();
    expect(users.value).toHaveLength(1);
    const faults = await (await admin.get(`/tenants/${tenant.id}/faults`)).json();
    expect(faults).toMatchObject({ failNextRequests: null, graphThrottle: null, active: false });

    const events = await (await admin.get(`/tenants/${tenant.id}/events`)).json();
    const actions = events.events.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === "fault.throttle").length).toBeGreaterThanOrEqual(3);
    expect(actions.filter((a: string) => a === "fault.fail")).toHaveLength(2);
  });
});
