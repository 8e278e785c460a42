import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, creditsTenant, tenantWithAllRoles, uniqueName } from "./helpers";

const noTime = (d: { exportedAt: string }) => ({ ...d, exportedAt: "" });
const noName = (d: { exportedAt: string; tenant: { name: string } }) => ({ ...d, exportedAt: "", tenant: { ...d.tenant, name: "" } });

test.describe("Portable tenants and save points over HTTP", () => {
  test("the JSON Schema is public and describes the document; every endpoint is in the OpenAPI document", async ({ request }) => {
    const res = await request.get("/api/v1/schemas/tenant-document.json");
    expect(res.status()).toBe(200);
    const schema = await res.json();
    expect(schema.properties.format.const).toBe("billing-sandbox/tenant");
    expect(schema.properties.tenant.properties.phoneNumbers.type).toBe("array");
    const openapi = await (await request.get("/api/v1/openapi.json")).json();
    for (const p of [
      "/tenants/{id}/export",
      "/tenants/import",
      "/tenants/{id}/snapshots",
      "/tenants/{id}/snapshots/{snapshotId}",
      "/tenants/{id}/snapshots/{snapshotId}/restore",
      "/tenants/{id}/snapshots/{snapshotId}/branch",
      "/schemas/tenant-document.json",
    ]) {
      expect(openapi.paths[p], p).toBeDefined();
    }
  });

  test("export, import (201 and 400 by JSON path), save, list, restore, branch, delete", async ({ request }) => {
    const { tenant, admin, organizerId } = await creditsTenant(request, { organizer: true });
    const base = `/tenants/${tenant.id}`;
    expect((await admin.post(`${base}/purchases`, { sku: "MCOPSTNC", amount: "50.00" })).status()).toBe(201);

    const exported = await admin.get(`${base}/export`);
    expect(exported.status()).toBe(200);
    const doc = await exported.json();
    expect(doc).toMatchObject({ format: "billing-sandbox/tenant", version: 1, tenant: { name: tenant.name, phoneNumbers: [] } });
    const download = await admin.get(`${base}/export?download=1`);
    expect(download.headers()["content-disposition"]).toMatch(/attachment; filename=".*\.tenant\.json"/);

    // Import: a copy with another name; its export is the same document.
    const imported = await admin.post("/tenants/import", { ...doc, name: uniqueName("Imported") });
    expect(imported.status()).toBe(201);
    const copy = await imported.json();
    expect(copy.role).toBe("GLOBAL_ADMIN");
    expect(noName(await (await admin.get(`/tenants/${copy.id}/export`)).json())).toEqual(noName(doc));

    // An inconsistent document: every problem at its JSON path, nothing created.
    const before = (await (await admin.get("/tenants")).json()).tenants.length;
    const bad = structuredClone(doc);
    bad.tenant.subscriptions[0].quantity = 0;
    bad.tenant.credits.balance = "999.00";
    const refused = await admin.post("/tenants/import", bad);
    expect(refused.status()).toBe(400);
    const error = (await refused.json()).error;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.details)).toEqual(expect.arrayContaining(["tenant.users", "tenant.credits.balance"]));
    const unknownSku = structuredClone(doc);
    unknownSku.tenant.subscriptions[0].sku = "NOPE";
    expect(Object.keys((await (await admin.post("/tenants/import", unknownSku)).json()).error.details)).toEqual([
      "tenant.subscriptions.0.sku",
    ]);
    expect((await (await admin.get("/tenants")).json()).tenants.length).toBe(before);

    // Save, change a lot, restore: exactly as before.
    const saved = await admin.post(`${base}/snapshots`, { name: "Before the demo" });
    expect(saved.status()).toBe(201);
    const point = await saved.json();
    expect(point).toMatchObject({ name: "Before the demo", by: ACCOUNTS.globalAdmin });
    const atSave = await (await admin.get(`${base}/export`)).json();
    expect((await admin.post(`${base}/purchases`, { sku: "MCOEV", quantity: 2 })).status()).toBe(201);
    expect((await admin.post(`${base}/credits/usage`, { userId: organizerId, type: "tollFreeDialIn", minutes: 1000 })).status()).toBe(201);
    expect((await admin.post(`${base}/clock/advance`, { days: 365 })).status()).toBe(200);
    const second = await (await admin.post(`${base}/snapshots`, { name: "After" })).json();
    const list = (await (await admin.get(`${base}/snapshots`)).json()).snapshots;
    expect(list.map((s: { id: string }) => s.id)).toEqual([second.id, point.id]);

    const restored = await admin.post(`${base}/snapshots/${point.id}/restore`);
    expect(restored.status()).toBe(200);
    expect((await restored.json()).now).toBe(atSave.tenant.now);
    expect(noTime(await (await admin.get(`${base}/export`)).json())).toEqual(noTime(atSave));
    const events = (await (await admin.get(`${base}/events?limit=500`)).json()).events.map((e: { action: string }) => e.action);
    expect(events).toEqual(expect.arrayContaining(["snapshot.save", "snapshot.restore", "clock.advance", "purchase"]));

    const branched = await admin.post(`${base}/snapshots/${second.id}/branch`, { name: uniqueName("Branch") });
    expect(branched.status()).toBe(201);
    expect((await branched.json()).id).not.toBe(tenant.id);
    expect((await admin.delete(`${base}/snapshots/${second.id}`)).status()).toBe(204);
    expect((await admin.delete(`${base}/snapshots/${second.id}`)).status()).toBe(404);
  });

  test("auth: a reader lists but can't save, restore or delete (403); another tenant's is 404; no token is 401", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const base = `/tenants/${tenant.id}`;
    const point = await (await admin.post(`${base}/snapshots`, { name: "start" })).json();
    const reader = await apiAs(request, ACCOUNTS.globalReader);
    expect((await reader.get(`${base}/snapshots`)).status()).toBe(200);
    expect((await reader.get(`${base}/export`)).status()).toBe(200);
    expect((await reader.post(`${base}/snapshots`, { name: "mine" })).status()).toBe(403);
    expect((await reader.post(`${base}/snapshots/${point.id}/restore`)).status()).toBe(403);
    expect((await reader.delete(`${base}/snapshots/${point.id}`)).status()).toBe(403);
    expect((await admin.post(`${base}/snapshots`, { name: "" })).status()).toBe(400);

    // A tenant the Global admin isn't a member of.
    const billing = await apiAs(request, ACCOUNTS.billingAdmin);
    const other = await (
      await billing.post("/tenants", { name: uniqueName("Other"), country: "US", plan: "ENTERPRISEPACK", seats: 5 })
    ).json();
    for (const res of [
      await admin.get(`/tenants/${other.id}/export`),
      await admin.get(`/tenants/${other.id}/snapshots`),
      await admin.post(`/tenants/${other.id}/snapshots`, { name: "x" }),
      await admin.post(`/tenants/${other.id}/snapshots/${point.id}/restore`),
      await admin.post(`/tenants/${other.id}/snapshots/${point.id}/branch`, { name: "Stolen" }),
      await admin.delete(`/tenants/${other.id}/snapshots/${point.id}`),
    ]) {
      expect(res.status()).toBe(404);
    }
    // A save point of another tenant through one's own tenant is 404 too.
    const ownOther = await (await billing.post(`/tenants/${other.id}/snapshots`, { name: "theirs" })).json();
    expect((await admin.post(`${base}/snapshots/${ownOther.id}/restore`)).status()).toBe(404);

    expect((await request.get(`/api/v1${base}/export`)).status()).toBe(401);
    expect((await request.post("/api/v1/tenants/import", { data: {} })).status()).toBe(401);
  });
});
