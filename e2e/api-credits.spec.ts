import { expect, test } from "@playwright/test";
import { parseUsd } from "../lib/domain/money";
import { ACCOUNTS, apiAs, creditsTenant } from "./helpers";

/** A signed API dollar string -> integer cents (never through a float). */
function cents(amount: string): number {
  const c = parseUsd(amount, { allowNegative: true });
  expect(c, `a dollar amount: ${JSON.stringify(amount)}`).not.toBeNull();
  return c!;
}

interface LedgerEntry {
  id: string;
  seq: number;
  type: string;
  amount: string;
  balanceAfter: string;
}

test.describe("Communications Credits API over HTTP", () => {
  test("sign-up, funds with Idempotency-Key, auto-recharge, calls, CSV, notifications, clock and reports", async ({ request }) => {
    const { tenant, admin, organizerId } = await creditsTenant(request, { organizer: true });
    const base = `/tenants/${tenant.id}`;

    const empty = await (await admin.get(`${base}/credits`)).json();
    expect(empty).toEqual({
      enabled: false,
      balance: "0.00",
      currency: "USD",
      autoRecharge: { enabled: false, threshold: "0.00", amount: "0.00" },
      paymentMethod: "succeed",
      minimumFunding: "20.00",
      ledgerSize: 0,
      matching: 0,
      ledger: [],
    });
    const early = await admin.post(`${base}/credits/funds`, { amount: "50.00" });
    expect(early.status()).toBe(409);
    expect((await early.json()).error).toMatchObject({ code: "CREDITS_NOT_SET_UP", remedies: [{ action: "purchase", sku: "MCOPSTNC" }] });

    const bought = await admin.post(`${base}/purchases`, {
      sku: "MCOPSTNC",
      amount: "50.00",
      autoRecharge: { enabled: true, threshold: "10.00", amount: "25.00" },
    });
    expect(bought.status()).toBe(201);

    // Idempotent funding.
    const key = { "Idempotency-Key": `funds-${Date.now()}` };
    const first = await admin.post(`${base}/credits/funds`, { amount: "20.00" }, key);
    expect(first.status()).toBe(201);
    const entry = await first.json();
    expect(entry).toMatchObject({ type: "funding", amount: "20.00", balanceAfter: "70.00", seq: 2 });
    const again = await admin.post(`${base}/credits/funds`, { amount: "20.00" }, key);
    expect(again.status()).toBe(201);
    expect(again.headers()["idempotent-replayed"]).toBe("true");
    expect(await again.json()).toEqual(entry);
    const reused = await admin.post(`${base}/credits/funds`, { amount: "21.00" }, key);
    expect(reused.status()).toBe(409);
    expect((await reused.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");

    // Refusals and validation.
    const low = await admin.post(`${base}/credits/funds`, { amount: "5.00" });
    expect(low.status()).toBe(422);
    expect((await low.json()).error).toMatchObject({ code: "AMOUNT_BELOW_MINIMUM", ruleId: "A-8" });
    for (const bad of [{ amount: "5.001" }, { amount: 20 }, {}, { amount: "20.00", extra: 1 }]) {
      const res = await admin.post(`${base}/credits/funds`, bad);
      expect(res.status(), JSON.stringify(bad)).toBe(400);
      expect((await res.json()).error.code).toBe("VALIDATION_FAILED");
    }
    const zeroTrigger = await admin.put(`${base}/credits/auto-recharge`, { enabled: true, threshold: "0.00", amount: "25.00" });
    expect(zeroTrigger.status()).toBe(422);
    expect((await zeroTrigger.json()).error).toMatchObject({ code: "AMOUNT_BELOW_MINIMUM", ruleId: "A-4" });
    const smallRecharge = await admin.put(`${base}/credits/auto-recharge`, { enabled: true, threshold: "10.00", amount: "19.99" });
    expect(smallRecharge.status()).toBe(422);
    const saved = await admin.put(`${base}/credits/auto-recharge`, {
      enabled: true,
      threshold: "10.00",
      amount: "25.00",
      paymentMethod: "succeed",
    });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).autoRecharge).toEqual({ enabled: true, threshold: "10.00", amount: "25.00" });

    // Calls: $0.03/min toll-free. 70.00 -> 40.00 -> 10.00 (equal to the trigger: no recharge) -> 9.97 (recharge).
    const call = (minutes: number) => admin.post(`${base}/credits/usage`, { userId: organizerId, type: "tollFreeDialIn", minutes });
    const c1 = await call(1000);
    expect(c1.status()).toBe(201);
    expect(await c1.json()).toMatchObject({ charged: "30.00", coveredByPlan: 0, balance: "40.00", autoRecharged: false });
    expect(await (await call(1000)).json()).toMatchObject({ balance: "10.00", autoRecharged: false });
    expect(await (await call(1)).json()).toMatchObject({ charged: "0.03", balance: "34.97", autoRecharged: true });

    for (const [body, status, code] of [
      [{ userId: organizerId, type: "tollFreeDialIn", minutes: 0 }, 400, "VALIDATION_FAILED"],
      [{ userId: organizerId, type: "faxCall", minutes: 1 }, 400, "VALIDATION_FAILED"],
      [{ userId: "nobody", type: "tollFreeDialIn", minutes: 1 }, 404, "NOT_FOUND"],
      [{ userId: organizerId, type: "domesticCall", minutes: 1 }, 422, "PREREQUISITE_MISSING"],
    ] as const) {
      const res = await admin.post(`${base}/credits/usage`, body);
      expect(res.status(), JSON.stringify(body)).toBe(status);
      expect((await res.json()).error.code).toBe(code);
    }

    const credits = await (await admin.get(`${base}/credits`)).json();
    expect(credits.balance).toBe("34.97");
    expect(credits.ledger.map((e: { type: string }) => e.type)).toEqual(["autoRecharge", "usage", "usage", "usage", "funding", "funding"]);
    expect(credits.ledger[0]).toMatchObject({ amount: "25.00", balanceAfter: "34.97", at: expect.stringMatching(/Z$/) });
    const usageOnly = await (await admin.get(`${base}/credits?type=usage`)).json();
    expect(usageOnly.ledger).toHaveLength(3);

    const csv = await admin.get(`${base}/credits/ledger.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe("seq,at,type,amount,balanceAfter,description");
    expect(lines).toHaveLength(7);

    const notes = await (await admin.get(`${base}/notifications`)).json();
    expect(notes.notifications.map((n: { kind: string }) => n.kind)).toEqual(["autoRechargeSucceeded"]);

    // A year and a bit later: pools reset each month, every lot has expired (which crosses the trigger and recharges).
    const advanced = await admin.post(`${base}/clock/advance`, { days: 400 });
    expect(advanced.status()).toBe(200);
    const clock = await advanced.json();
    expect(new Date(clock.now).getTime()).toBeGreaterThan(new Date(tenant.now).getTime() + 399 * 86_400_000);
    const types = clock.events.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t === "poolsReset").length).toBeGreaterThanOrEqual(13);
    expect(types).toContain("fundsExpired");
    expect(types).toContain("subscriptionRenewed");
    expect((await admin.post(`${base}/clock/advance`, { days: 0 })).status()).toBe(400);

    // Out of funds: with auto-recharge off, a call that starts positive is charged in full; the next is refused.
    await admin.put(`${base}/credits/auto-recharge`, { enabled: false, threshold: "10.00", amount: "25.00" });
    const big = await (await call(10_000)).json();
    expect(big.balance.startsWith("-")).toBe(true);
    const refused = await call(1);
    expect(refused.status()).toBe(402);
    expect((await refused.json()).error).toMatchObject({ code: "INSUFFICIENT_FUNDS", ruleId: "A-5", remedies: [{ action: "addFunds" }] });

    const pools = await admin.get(`${base}/reports/minute-pools`);
    expect(pools.status()).toBe(200);
    expect(await pools.json()).toMatchObject({ month: expect.stringMatching(/^\d{4}-\d{2}$/), pools: [] });
    const blocked = await (await admin.get(`${base}/reports/blocked-users`)).json();
    expect(blocked.users).toEqual([
      expect.objectContaining({
        userId: organizerId,
        blockedCallTypes: ["tollFreeDialIn", "conferenceDialOut"],
        reasons: [expect.objectContaining({ code: "INSUFFICIENT_FUNDS" }), expect.anything()],
      }),
    ]);
    const events = (await (await admin.get(`${base}/events?limit=200`)).json()).events.map((e: { action: string }) => e.action);
    for (const a of [
      "credits.funds",
      "credits.call",
      "credits.autoRecharge",
      "credits.autoRecharge.update",
      "credits.expiry",
      "subscription.renew",
      "clock.advance",
    ]) {
      expect(events, a).toContain(a);
    }
  });

  test("50 concurrent calls: the ledger adds up to the balance, one usage entry per 201, one recharge per crossing", async ({
    request,
  }) => {
    const { tenant, admin, organizerId } = await creditsTenant(request, { organizer: true });
    const base = `/tenants/${tenant.id}`;
    // $50.00, recharge $20.00 when the balance falls strictly below $40.00. Each call: 100 toll-free minutes at $0.03 = $3.00,
    // so the balance crosses the trigger every few calls and a recharge always lifts it back above the trigger.
    const thresholdCents = 4000;
    const bought = await admin.post(`${base}/purchases`, {
      sku: "MCOPSTNC",
      amount: "50.00",
      autoRecharge: { enabled: true, threshold: "40.00", amount: "20.00" },
    });
    expect(bought.status()).toBe(201);

    const CALLS = 50;
    const responses = await Promise.all(
      Array.from({ length: CALLS }, () =>
        admin.post(`${base}/credits/usage`, { userId: organizerId, type: "tollFreeDialIn", minutes: 100 }),
      ),
    );
    const answers = await Promise.all(responses.map(async (r) => ({ status: r.status(), json: await r.json() })));
    const ok = answers.filter((a) => a.status === 201);
    // The only acceptable refusal under contention is the service's "very busy" conflict; never a 5xx.
    for (const a of answers.filter((x) => x.status !== 201)) {
      expect(a.status, JSON.stringify(a.json)).toBe(409);
      expect(a.json.error.code).toBe("CONFLICT");
    }
    expect(ok.length, "at least most of the calls are answered").toBeGreaterThan(CALLS / 2);
    for (const a of ok) expect(a.json).toMatchObject({ charged: "3.00", coveredByPlan: 0 });

    const credits = await (await admin.get(`${base}/credits?limit=10000`)).json();
    const ledger = [...(credits.ledger as LedgerEntry[])].sort((a, b) => a.seq - b.seq);
    expect(ledger).toHaveLength(credits.ledgerSize);
    expect(ledger.map((e) => e.seq)).toEqual(Array.from({ length: ledger.length }, (_, i) => i + 1));

    // The amounts sum exactly to the balance, and each balanceAfter is the running sum.
    let running = 0;
    for (const e of ledger) {
      running += cents(e.amount);
      expect(cents(e.balanceAfter), `balanceAfter of entry ${e.seq} (${e.type})`).toBe(running);
    }
    expect(running).toBe(cents(credits.balance));
    expect(cents(credits.balance)).toBe(5000 + 2000 * ledger.filter((e) => e.type === "autoRecharge").length - 300 * ok.length);

    // One usage entry per 201 answer.
    const usage = ledger.filter((e) => e.type === "usage");
    expect(usage).toHaveLength(ok.length);
    for (const e of usage) expect(e.amount).toBe("-3.00");

    // Recompute the crossings in ledger order: a charge taking the balance from at or above the trigger to strictly below
    // it. Each must be followed by exactly one recharge, and no recharge may happen anywhere else (at most one per crossing).
    let before = 0;
    let crossings = 0;
    const rechargeAfterCrossing: number[] = [];
    for (let i = 0; i < ledger.length; i++) {
      const e = ledger[i];
      const after = cents(e.balanceAfter);
      if (e.type === "usage" && before >= thresholdCents && after < thresholdCents) {
        crossings += 1;
        expect(ledger[i + 1]?.type, `the charge at seq ${e.seq} crossed the trigger: a recharge follows it`).toBe("autoRecharge");
        rechargeAfterCrossing.push(ledger[i + 1].seq);
      }
      before = after;
    }
    const recharges = ledger.filter((e) => e.type === "autoRecharge");
    expect(crossings).toBeGreaterThanOrEqual(5);
    expect(recharges).toHaveLength(crossings);
    expect(recharges.map((e) => e.seq)).toEqual(rechargeAfterCrossing);
    for (const e of recharges) expect(e.amount).toBe("20.00");
    expect(ok.filter((a) => a.json.autoRecharged === true)).toHaveLength(crossings);
    expect(ledger.filter((e) => e.type === "funding")).toHaveLength(1);

    // The tenant state agrees with the credits view.
    expect((await (await admin.get(base)).json()).credits.balance).toBe(credits.balance);
  });

  test("a declined card on file: POST /credits/funds is 402 PAYMENT_DECLINED (SBX-PAY-1) and nothing changes", async ({ request }) => {
    const { tenant, admin } = await creditsTenant(request);
    const base = `/tenants/${tenant.id}`;
    expect((await admin.post(`${base}/purchases`, { sku: "MCOPSTNC", amount: "50.00" })).status()).toBe(201);
    // Trigger below the balance, so saving the settings doesn't itself try to recharge.
    const saved = await admin.put(`${base}/credits/auto-recharge`, {
      enabled: true,
      threshold: "10.00",
      amount: "25.00",
      paymentMethod: "decline",
    });
    expect(saved.status()).toBe(200);
    const before = await (await admin.get(`${base}/credits`)).json();
    expect(before).toMatchObject({ balance: "50.00", paymentMethod: "decline", ledgerSize: 1 });

    const res = await admin.post(`${base}/credits/funds`, { amount: "30.00" });
    expect(res.status()).toBe(402);
    const { error } = await res.json();
    expect(error).toMatchObject({
      code: "PAYMENT_DECLINED",
      ruleId: "SBX-PAY-1",
      message: expect.any(String),
      doc: expect.stringMatching(/\S/),
    });
    // With an Idempotency-Key too: the refusal is not stored as a success and adds nothing.
    const keyed = await admin.post(`${base}/credits/funds`, { amount: "30.00" }, { "Idempotency-Key": `declined-${Date.now()}` });
    expect(keyed.status()).toBe(402);

    const after = await (await admin.get(`${base}/credits`)).json();
    expect(after).toEqual(before);
    expect(after.ledger.map((e: LedgerEntry) => [e.type, e.amount])).toEqual([["funding", "50.00"]]);
    expect((await (await admin.get(base)).json()).credits.balance).toBe("50.00");
    const events = (await (await admin.get(`${base}/events?limit=5`)).json()).events;
    expect(events[0]).toMatchObject({ action: "credits.funds", outcome: "denied", ruleIds: ["SBX-PAY-1"] });

    // A working card again: the same funding goes through.
    expect(
      (
        await admin.put(`${base}/credits/auto-recharge`, { enabled: true, threshold: "10.00", amount: "25.00", paymentMethod: "succeed" })
      ).status(),
    ).toBe(200);
    const paid = await admin.post(`${base}/credits/funds`, { amount: "30.00" });
    expect(paid.status()).toBe(201);
    expect(await paid.json()).toMatchObject({ type: "funding", amount: "30.00", balanceAfter: "80.00" });
  });

  test("roles: readers read, billing admins manage and simulate, only Global admins move the clock", async ({ request }) => {
    const { tenant, admin } = await creditsTenant(request);
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "30.00" })).status()).toBe(201);
    for (const [email, role] of [
      [ACCOUNTS.billingAdmin, "BILLING_ADMIN"],
      [ACCOUNTS.licenseAdmin, "LICENSE_ADMIN"],
      [ACCOUNTS.globalReader, "GLOBAL_READER"],
    ] as const) {
      expect((await admin.post(`/tenants/${tenant.id}/members`, { email, role })).status()).toBe(201);
    }
    const base = `/tenants/${tenant.id}`;
    const expectations: [string, { read: number; funds: number; usage: number; clock: number }][] = [
      [ACCOUNTS.globalReader, { read: 200, funds: 403, usage: 403, clock: 403 }],
      [ACCOUNTS.licenseAdmin, { read: 200, funds: 403, usage: 403, clock: 403 }],
      [ACCOUNTS.billingAdmin, { read: 200, funds: 201, usage: 404, clock: 403 }],
    ];
    for (const [email, want] of expectations) {
      const api = await apiAs(request, email);
      expect((await api.get(`${base}/credits`)).status(), `${email} read`).toBe(want.read);
      expect((await api.get(`${base}/notifications`)).status()).toBe(200);
      expect((await api.get(`${base}/reports/minute-pools`)).status()).toBe(200);
      expect((await api.get(`${base}/credits/ledger.csv`)).status()).toBe(200);
      expect((await api.post(`${base}/credits/funds`, { amount: "20.00" })).status(), `${email} funds`).toBe(want.funds);
      expect(
        (await api.put(`${base}/credits/auto-recharge`, { enabled: false, threshold: "1.00", amount: "20.00" })).status(),
        `${email} auto-recharge`,
      ).toBe(want.funds === 201 ? 200 : 403);
      expect(
        (await api.post(`${base}/credits/usage`, { userId: "nobody", type: "tollFreeDialIn", minutes: 1 })).status(),
        `${email} usage`,
      ).toBe(want.usage);
      expect((await api.post(`${base}/clock/advance`, { days: 1 })).status(), `${email} clock`).toBe(want.clock);
    }
    // Another admin's tenant is invisible.
    const reader = await apiAs(request, ACCOUNTS.globalReader);
    const own = await (await reader.post("/tenants", { name: "Reader's credits", country: "US", plan: "ENTERPRISEPACK" })).json();
    expect((await admin.get(`/tenants/${own.id}/credits`)).status()).toBe(404);
    expect((await admin.post(`/tenants/${own.id}/clock/advance`, { days: 1 })).status()).toBe(404);
  });

  test("the OpenAPI document describes every credits endpoint", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const path of [
      "/tenants/{id}/credits",
      "/tenants/{id}/credits/funds",
      "/tenants/{id}/credits/auto-recharge",
      "/tenants/{id}/credits/usage",
      "/tenants/{id}/credits/ledger.csv",
      "/tenants/{id}/clock/advance",
      "/tenants/{id}/notifications",
      "/tenants/{id}/reports/minute-pools",
      "/tenants/{id}/reports/blocked-users",
    ]) {
      expect(doc.paths[path], path).toBeTruthy();
    }
    expect(doc.paths["/tenants/{id}/credits/usage"].post.responses["402"]).toBeTruthy();
  });
});
