import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiAs, creditsTenant, tenantWithAllRoles } from "./helpers";

/** Issue 13: sandbox faults over real HTTP (api.md "Sandbox faults"). */

const OFF = { declineNextCharges: 0, latencyMs: 0, graphThrottle: null, failNextRequests: null, active: false, summary: [] };

test.describe("Sandbox faults API", () => {
  test("roles (SBX-FAULT-ROLE), validation, set, merge and clear", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const base = `/tenants/${tenant.id}/faults`;
    expect(await (await admin.get(base)).json()).toEqual(OFF);

    for (const email of [ACCOUNTS.billingAdmin, ACCOUNTS.licenseAdmin, ACCOUNTS.globalReader]) {
      const other = await apiAs(request, email);
      expect((await other.get(base)).status(), `${email} reads`).toBe(200);
      const put = await other.put(base, { latencyMs: 10 });
      expect(put.status(), `${email} can't set`).toBe(403);
      expect((await put.json()).error.ruleId).toBe("SBX-FAULT-ROLE");
      expect((await other.delete(base)).status()).toBe(403);
    }

    for (const bad of [
      { latencyMs: -1 },
      { latencyMs: "10" },
      { latencyMs: 10_001 },
      { declineNextCharges: 1.5 },
      { failNextRequests: { count: 1, status: 502 } },
      { failNextRequests: { count: 1 } },
      { graphThrottle: { everyNth: 0, retryAfterSeconds: 1 } },
      { graphThrottle: { everyNth: 2, retryAfterSeconds: 1, extra: true } },
      { somethingElse: 1 },
    ]) {
      const res = await admin.put(base, bad);
      expect(res.status(), JSON.stringify(bad)).toBe(400);
      expect((await res.json()).error.code).toBe("VALIDATION_FAILED");
    }
    expect(await (await admin.get(base)).json()).toEqual(OFF);

    const set = await admin.put(base, { declineNextCharges: 2, graphThrottle: { everyNth: 3, retryAfterSeconds: 2 } });
    expect(set.status()).toBe(200);
    expect(await set.json()).toMatchObject({
      declineNextCharges: 2,
      latencyMs: 0,
      graphThrottle: { everyNth: 3, retryAfterSeconds: 2 },
      failNextRequests: null,
      active: true,
    });
    // A field left out keeps its value; null or 0 turns one off.
    const merged = await (await admin.put(base, { latencyMs: 5, graphThrottle: null })).json();
    expect(merged).toMatchObject({ declineNextCharges: 2, latencyMs: 5, graphThrottle: null, active: true });
    expect(merged.summary).toEqual(["every API and Graph request waits 5 ms", "the card declines the next 2 charges"]);
    expect((await admin.delete(base)).status()).toBe(204);
    expect(await (await admin.get(base)).json()).toEqual(OFF);
    const events = (await (await admin.get(`/tenants/${tenant.id}/events?limit=10`)).json()).events;
    expect(events.slice(0, 3).map((e: { action: string }) => e.action)).toEqual(["faults.clear", "faults.set", "faults.set"]);
  });

  test("failNextRequests answers 500/503 before anything runs: state never changes, it counts down, each firing is audited", async ({
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const base = `/tenants/${tenant.id}`;
    const before = await (await admin.get(`${base}/export`)).text();
    expect((await admin.put(`${base}/faults`, { failNextRequests: { count: 3, status: 500 } })).status()).toBe(200);

    // A purchase, a new user, and a read: each fails with 500, and nothing is bought or created.
    const buy = await admin.post(`${base}/purchases`, { sku: "MCOEV", quantity: 2 });
    expect(buy.status()).toBe(500);
    expect((await buy.json()).error).toMatchObject({
      code: "SANDBOX_FAULT",
      ruleId: "SBX-FAULT-FAIL",
      details: { status: 500, remaining: 2 },
    });
    expect(
      (await admin.post(`${base}/users`, { displayName: "Never", userPrincipalName: "never@contoso.test", usageLocation: "US" })).status(),
    ).toBe(500);
    // The faults routes themselves never fail, so the count can be watched (and the faults cleared).
    expect((await (await admin.get(`${base}/faults`)).json()).failNextRequests).toEqual({ count: 1, status: 500 });
    expect((await admin.get(`${base}/users`)).status()).toBe(500);
    expect((await (await admin.get(`${base}/faults`)).json()).active).toBe(false);

    const after = await (await admin.get(`${base}/export`)).text();
    const strip = (doc: string) => ({ ...JSON.parse(doc), exportedAt: null });
    expect(strip(after)).toEqual(strip(before));
    const events = (await (await admin.get(`${base}/events?limit=10`)).json()).events;
    const fails = events.filter((e: { action: string }) => e.action === "fault.fail");
    expect(fails).toHaveLength(3);
    expect(fails[0]).toMatchObject({ outcome: "denied", ruleIds: ["SBX-FAULT-FAIL"] });
    expect(fails.map((e: { target: string }) => e.target)).toEqual([
      `GET /api/v1/tenants/${tenant.id}/users`,
      `POST /api/v1/tenants/${tenant.id}/users`,
      `POST /api/v1/tenants/${tenant.id}/purchases`,
    ]);
    // Afterwards, the same purchase goes through.
    expect((await admin.post(`${base}/purchases`, { sku: "MCOEV", quantity: 2 })).status()).toBe(201);
  });

  test("latencyMs delays every tenant request", async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    expect((await admin.put(`/tenants/${tenant.id}/faults`, { latencyMs: 600 })).status()).toBe(200);
    const started = Date.now();
    expect((await admin.get(`/tenants/${tenant.id}/users`)).status()).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  });

  test("declineNextCharges: fundings are declined (402, nothing added), auto-recharges take the failure path; each counts down", async ({
    request,
  }) => {
    const { tenant, admin, organizerId } = await creditsTenant(request, { organizer: true });
    const base = `/tenants/${tenant.id}`;
    expect(
      (
        await admin.post(`${base}/purchases`, {
          sku: "MCOPSTNC",
          amount: "50.00",
          autoRecharge: { enabled: true, threshold: "10.00", amount: "25.00" },
        })
      ).status(),
    ).toBe(201);
    expect((await admin.put(`${base}/faults`, { declineNextCharges: 2 })).status()).toBe(200);
    const before = await (await admin.get(`${base}/credits`)).json();

    // 1. A funding: declined as a declined card would be (SBX-PAY-1), nothing recorded.
    const funds = await admin.post(`${base}/credits/funds`, { amount: "30.00" });
    expect(funds.status()).toBe(402);
    expect((await funds.json()).error).toMatchObject({ code: "PAYMENT_DECLINED", ruleId: "SBX-PAY-1" });
    expect(await (await admin.get(`${base}/credits`)).json()).toEqual(before);
    expect((await (await admin.get(`${base}/faults`)).json()).declineNextCharges).toBe(1);
    // A refused amount isn't a charge: the fault doesn't fire.
    expect((await admin.post(`${base}/credits/funds`, { amount: "5.00" })).status()).toBe(422);
    expect((await (await admin.get(`${base}/faults`)).json()).declineNextCharges).toBe(1);

    // 2. An auto-recharge: the call is charged, the recharge fails (nothing added, failure recorded, notified).
    const call = await admin.post(`${base}/credits/usage`, { userId: organizerId, type: "tollFreeDialIn", minutes: 1400 });
    expect(call.status()).toBe(201);
    expect(await call.json()).toMatchObject({ charged: "42.00", balance: "8.00", autoRecharged: false });
    const credits = await (await admin.get(`${base}/credits`)).json();
    expect(credits.ledger.map((e: { type: string }) => e.type)).toEqual(["usage", "funding"]);
    const notes = await (await admin.get(`${base}/notifications`)).json();
    expect(JSON.stringify(notes)).toMatch(/declined/i);
    expect((await (await admin.get(`${base}/faults`)).json()).declineNextCharges).toBe(0);

    const events = (await (await admin.get(`${base}/events?limit=20`)).json()).events;
    const declines = events.filter((e: { action: string }) => e.action === "fault.decline");
    expect(declines.map((e: { target: string }) => e.target)).toEqual(["credits.autoRecharge", "credits.funds"]);
    expect(declines[0]).toMatchObject({ ruleIds: ["SBX-FAULT-DECLINE", "SBX-PAY-1"] });

    // No charges left to decline: the card pays again.
    expect((await admin.post(`${base}/credits/funds`, { amount: "30.00" })).status()).toBe(201);
  });
});
