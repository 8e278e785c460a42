import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, bearer, PASSWORD, tenantWithAllRoles, tokenFor, uniqueName } from "./helpers";

test.describe("API v1 foundation over HTTP", () => {
  test("token flow: create with credentials, use it, wrong password is 401, no or bad token is 401", async ({ request }) => {
    const created = await request.post("/api/v1/tokens", { data: { email: ACCOUNTS.globalAdmin, password: PASSWORD } });
    expect(created.status()).toBe(201);
    const { token, expiresAt } = await created.json();
    expect(token).toMatch(/^bst_/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());

    const list = await request.get("/api/v1/tenants", { headers: bearer(token) });
    expect(list.status()).toBe(200);
    expect((await list.json()).tenants.length).toBeGreaterThanOrEqual(13);

    const wrong = await request.post("/api/v1/tokens", { data: { email: ACCOUNTS.globalAdmin, password: "not-it" } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error.code).toBe("UNAUTHENTICATED");

    expect((await request.get("/api/v1/tenants")).status()).toBe(401);
    const bad = await request.get("/api/v1/tenants", { headers: bearer("bst_nope") });
    expect(bad.status()).toBe(401);
    expect((await bad.json()).error).toMatchObject({ code: "UNAUTHENTICATED", message: expect.any(String) });
  });

  test("a revoked token is refused", async ({ request }) => {
    const { token, id } = await (
      await request.post("/api/v1/tokens", { data: { email: ACCOUNTS.globalReader, password: PASSWORD } })
    ).json();
    expect((await request.delete(`/api/v1/tokens/${id}`, { headers: bearer(token) })).status()).toBe(204);
    expect((await request.get("/api/v1/tenants", { headers: bearer(token) })).status()).toBe(401);
  });

  test("each role: what it may and may not do to a tenant", async ({ request }) => {
    const { tenant } = await tenantWithAllRoles(request);
    const expectations: [string, { read: number; rename: number; addMember: number; remove: number }][] = [
      [ACCOUNTS.globalReader, { read: 200, rename: 403, addMember: 403, remove: 403 }],
      [ACCOUNTS.licenseAdmin, { read: 200, rename: 403, addMember: 403, remove: 403 }],
      [ACCOUNTS.billingAdmin, { read: 200, rename: 403, addMember: 403, remove: 403 }],
    ];
    for (const [email, want] of expectations) {
      const api = await apiAs(request, email);
      const read = await api.get(`/tenants/${tenant.id}`);
      expect(read.status(), `${email} read`).toBe(want.read);
      expect((await api.get(`/tenants/${tenant.id}/events`)).status()).toBe(200);
      const rename = await api.patch(`/tenants/${tenant.id}`, { name: "Renamed by someone" });
      expect(rename.status(), `${email} rename`).toBe(want.rename);
      expect((await rename.json()).error.code).toBe("FORBIDDEN");
      expect((await api.post(`/tenants/${tenant.id}/members`, { email: ACCOUNTS.globalReader, role: "GLOBAL_ADMIN" })).status()).toBe(
        want.addMember,
      );
      expect((await api.delete(`/tenants/${tenant.id}`)).status(), `${email} delete`).toBe(want.remove);
    }
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const state = await (await admin.get(`/tenants/${tenant.id}`)).json();
    expect(state.name).toBe(tenant.name);
    const renamed = await admin.patch(`/tenants/${tenant.id}`, { name: "Renamed by the admin" });
    expect(renamed.status()).toBe(200);
    expect((await renamed.json()).name).toBe("Renamed by the admin");
    const events = (await (await admin.get(`/tenants/${tenant.id}/events`)).json()).events;
    expect(events[0]).toMatchObject({ action: "tenant.rename", actor: ACCOUNTS.globalAdmin, outcome: "success" });
    expect((await admin.delete(`/tenants/${tenant.id}`)).status()).toBe(204);
    expect((await admin.get(`/tenants/${tenant.id}`)).status()).toBe(404);
  });

  test("another admin's tenant is 404 for reads and writes", async ({ request }) => {
    const reader = await apiAs(request, ACCOUNTS.globalReader);
    const own = await reader.post("/tenants", { name: uniqueName("Reader's own"), country: "GB", plan: null });
    expect(own.status()).toBe(201);
    const { id } = await own.json();
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    for (const res of [
      await admin.get(`/tenants/${id}`),
      await admin.patch(`/tenants/${id}`, { name: "Hijacked" }),
      await admin.delete(`/tenants/${id}`),
      await admin.get(`/tenants/${id}/events`),
      await admin.post(`/tenants/${id}/reset`),
    ]) {
      expect(res.status()).toBe(404);
      expect((await res.json()).error.code).toBe("NOT_FOUND");
    }
    expect((await (await reader.get(`/tenants/${id}`)).json()).name).toContain("Reader's own");
  });

  test("malformed bodies are 400 with field details, and change nothing", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const before = (await (await admin.get("/tenants")).json()).tenants.length;
    const bad = await admin.post("/tenants", { name: "", country: "XX", seats: -3, cloud: "mars" });
    expect(bad.status()).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.details)).toEqual(expect.arrayContaining(["name", "country", "seats", "cloud"]));
    const notJson = await admin.post("/tenants", "{not json", { "Content-Type": "application/json" });
    expect(notJson.status()).toBe(400);
    const unknownField = await admin.post("/tenants", { name: "Fine", country: "US", plan: null, colour: "blue" });
    expect(unknownField.status()).toBe(400);
    expect((await (await admin.get("/tenants")).json()).tenants.length).toBe(before);

    const { tenant } = await tenantWithAllRoles(request);
    const badPatch = await admin.patch(`/tenants/${tenant.id}`, { commitment: "weekly", policy: { minimumFundingUsd: "12.345" } });
    expect(badPatch.status()).toBe(400);
    expect(Object.keys((await badPatch.json()).error.details)).toEqual(expect.arrayContaining(["commitment", "policy.minimumFundingUsd"]));
    const after = await (await admin.get(`/tenants/${tenant.id}`)).json();
    expect(after.commitment).toBe("annual");
    expect(after.policy.minimumFundingUsd).toBe("20.00");
  });

  test("reference data and the generated OpenAPI document", async ({ request }) => {
    const catalog = await (await request.get("/api/v1/catalog")).json();
    expect(catalog.skus.map((s: { sku: string }) => s.sku)).toEqual(
      expect.arrayContaining(["ENTERPRISEPREMIUM", "MCOEV", "MCOPSTN1", "MCOPSTN2", "MCOPSTNC", "MCOMEETADV", "EXCHANGEENTERPRISE"]),
    );
    const e5 = catalog.skus.find((s: { sku: string }) => s.sku === "ENTERPRISEPREMIUM");
    expect(e5).toMatchObject({ skuId: "c7df2760-2c81-4ef7-b578-5b5392b571df", kind: "plan" });
    expect(e5.monthlyPriceUsd).toMatch(/^\d+\.\d{2}$/);
    const countries = await (await request.get("/api/v1/countries")).json();
    expect(countries).toHaveLength(86);
    expect(countries.find((c: { code: string }) => c.code === "IN")).toMatchObject({
      audioConferencing: false,
      communicationsCredits: false,
    });
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/tokens", "/tenants", "/tenants/{id}", "/tenants/{id}/events", "/catalog", "/countries"]),
    );
    expect(doc.components.schemas.CreateTenant.properties.country).toBeDefined();
  });
  /** A raw HTTP exchange (Playwright's client would decode the body and hide how it came). */
  function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: string) {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(new URL(path, base), { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  test("small JSON answers go out as they are, large ones gzipped for a client that asks (issue 15)", async ({ request, baseURL }) => {
    const base = baseURL as string;
    const asks = { "accept-encoding": "gzip" };
    // The catalog (several KiB) is compressed, and decodes to the same JSON.
    const catalog = await raw(base, "GET", "/api/v1/catalog", asks);
    expect(catalog.status).toBe(200);
    expect(catalog.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(catalog.body).toString("utf8")).skus.length).toBeGreaterThan(5);

    // A refusal of a few hundred bytes is sent plain, marked no-transform.
    const refused = await raw(
      base,
      "POST",
      "/api/v1/tokens",
      { ...asks, "content-type": "application/json" },
      JSON.stringify({ email: ACCOUNTS.globalAdmin, password: "not-it" }),
    );
    expect(refused.status).toBe(401);
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.headers["cache-control"]).toContain("no-transform");
    expect(JSON.parse(refused.body.toString("utf8")).error.code).toBe("UNAUTHENTICATED");

    // A tenant you can't see: a small 404.
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const created = await admin.post("/tenants", { name: uniqueName("Plain answers"), country: "US", plan: "ENTERPRISEPACK", seats: 1 });
    const { id } = await created.json();
    const token = await tokenFor(request, ACCOUNTS.globalAdmin);
    const missing = await raw(base, "GET", "/api/v1/tenants/no-such-tenant", { ...asks, ...bearer(token) });
    expect(missing.status).toBe(404);
    expect(missing.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(missing.body.toString("utf8")).error.code).toBe("NOT_FOUND");
    // Its offers are several KiB: compressed.
    const offers = await raw(base, "GET", `/api/v1/tenants/${id}/offers`, { ...asks, ...bearer(token) });
    expect(offers.status).toBe(200);
    expect(offers.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(offers.body).toString("utf8")).offers.length).toBeGreaterThan(3);
    // Without Accept-Encoding, nothing is compressed.
    const plain = await raw(base, "GET", `/api/v1/tenants/${id}/offers`, bearer(token));
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString("utf8"))).toEqual(JSON.parse(gunzipSync(offers.body).toString("utf8")));
  });
});
