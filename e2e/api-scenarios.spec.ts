import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, uniqueName } from "./helpers";

test.describe("Scenarios and goals over HTTP (issue 11)", () => {
  test("built-in scenarios are listed and in the OpenAPI document", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const res = await admin.get("/scenarios");
    expect(res.status()).toBe(200);
    const list = await res.json();
    const builtIn = list.filter((s: { builtIn: boolean }) => s.builtIn);
    expect(builtIn.length).toBeGreaterThanOrEqual(13);
    expect(builtIn.map((s: { id: string }) => s.id)).toContain("builtin-bp-godaddy");
    for (const s of builtIn) expect(s.goals.length).toBeGreaterThanOrEqual(2);
    const openapi = await (await request.get("/api/v1/openapi.json")).json();
    for (const p of ["/scenarios", "/scenarios/{id}/start", "/tenants/{id}/goals"]) expect(openapi.paths[p], p).toBeDefined();
  });

  test("start a built-in scenario; a goal turns met after the purchase, with the time it was first seen met", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const name = uniqueName("Scenario E1");
    const started = await admin.post("/scenarios/builtin-e1/start", { name });
    expect(started.status()).toBe(201);
    const tenant = await started.json();
    expect(tenant).toMatchObject({ name, plan: "STANDARDPACK" });

    const before = await (await admin.get(`/tenants/${tenant.id}/goals`)).json();
    expect(before.map((g: { id: string }) => g.id)).toEqual(["own-phone-system", "own-cp", "pat-domestic"]);
    expect(before.every((g: { met: boolean; metAt: string | null }) => !g.met && g.metAt === null)).toBe(true);

    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 5 })).status()).toBe(201);
    const after = await (await admin.get(`/tenants/${tenant.id}/goals`)).json();
    const ps = after.find((g: { id: string }) => g.id === "own-phone-system");
    expect(ps.met).toBe(true);
    expect(Date.parse(ps.metAt)).not.toBeNaN();
    const again = await (await admin.get(`/tenants/${tenant.id}/goals`)).json();
    expect(again.find((g: { id: string }) => g.id === "own-phone-system").metAt).toBe(ps.metAt);

    // Someone else's tenant is 404; an unknown scenario is 404.
    const reader = await apiAs(request, ACCOUNTS.globalReader);
    expect((await reader.get(`/tenants/${tenant.id}/goals`)).status()).toBe(404);
    expect((await admin.post("/scenarios/nope/start", {})).status()).toBe(404);
  });

  test("compose a scenario from a tenant; goals naming unknown skus or users are refused with their path", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await (await admin.post("/scenarios/builtin-e3/start", { name: uniqueName("Source") })).json();

    const bad = await admin.post("/scenarios", {
      title: "Broken",
      fromTenant: tenant.id,
      goals: [
        { text: "Own a made-up sku", check: { type: "owns", sku: "NOT_A_SKU" } },
        { text: "Give nobody Phone System", check: { type: "userHasLicenses", user: "nobody@contoso.test", skus: ["MCOEV"] } },
      ],
    });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.details).sort()).toEqual(["goals.0.check.sku", "goals.1.check.user"]);
    expect((await admin.post("/scenarios", { title: "No goals", fromTenant: tenant.id, goals: [] })).status()).toBe(400);
    expect((await admin.post("/scenarios", { title: "Junk", goals: [{ text: "x", check: { type: "fly" } }] })).status()).toBe(400);

    const title = uniqueName("Credits drill");
    const created = await admin.post("/scenarios", {
      title,
      description: "Fund the account.",
      fromTenant: tenant.id,
      goals: [{ text: "Put $50 in the account", check: { type: "balanceAtLeast", amount: "50.00" } }],
    });
    expect(created.status()).toBe(201);
    const scenario = await created.json();
    expect(scenario).toMatchObject({ title, builtIn: false, goals: [{ id: "goal-1", text: "Put $50 in the account" }] });
    const mine = await (await admin.get("/scenarios")).json();
    expect(mine.map((s: { id: string }) => s.id)).toContain(scenario.id);

    // Another sign-in neither sees nor starts it.
    const billing = await apiAs(request, ACCOUNTS.billingAdmin);
    expect((await (await billing.get("/scenarios")).json()).map((s: { id: string }) => s.id)).not.toContain(scenario.id);
    expect((await billing.post(`/scenarios/${scenario.id}/start`, {})).status()).toBe(404);

    const copy = await admin.post(`/scenarios/${scenario.id}/start`, {});
    expect(copy.status()).toBe(201);
    const goals = await (await admin.get(`/tenants/${(await copy.json()).id}/goals`)).json();
    expect(goals).toEqual([{ id: "goal-1", text: "Put $50 in the account", hint: null, met: false, metAt: null }]);
  });
});
