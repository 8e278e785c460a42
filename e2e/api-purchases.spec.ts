/**
 * Purchases, offers, seat changes, plan switches and reset over real HTTP (QA scripts against the API).
 * The seeded demo tenants are only READ here (other specs rely on them); every write goes to a tenant this
 * spec creates, with the same settings as the demo tenant when one is mirrored.
 */
import { formatUsd, parseUsd } from "../lib/domain/money";
import { expect, test, type APIResponse } from "@playwright/test";
import { ACCOUNTS, apiAs, tenantWithAllRoles, uniqueName, type Api } from "./helpers";

/** Every sku of shared/api.md "SKUs". */
const API_SKUS = [
  "O365_BUSINESS_PREMIUM",
  "OFFICESUBSCRIPTION",
  "MCOIMP",
  "MCOSTANDARD",
  "STANDARDPACK",
  "ENTERPRISEPACK",
  "ENTERPRISEWITHSCAL",
  "ENTERPRISEPREMIUM_NOPSTNCONF",
  "ENTERPRISEPREMIUM",
  "MCOMEETADV",
  "MCOEV",
  "MCOPSTN1",
  "MCOPSTN2",
  "MCOPSTNC",
  "EXCHANGEENTERPRISE",
];
const REMEDY_ACTIONS = [
  "purchase",
  "switchPlan",
  "contactSupport",
  "thirdPartyProvider",
  "changeCommitment",
  "addFunds",
  "cancelSubscription",
  "unassign",
  "changePolicy",
];
const MONEY = /^-?\d+\.\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

interface Reason {
  code: string;
  ruleId: string;
  doc: string;
  message: string;
  remedies: { action: string; sku?: string; to?: string[] }[];
  details?: Record<string, unknown>;
}
interface Offer {
  sku: string;
  status: "available" | "included" | "blocked";
  reasons: Reason[];
  remedies: unknown[];
  recommendations: unknown[];
}

/** The demo situations this spec reads, with the add-on the documentation says is refused and why. */
const DEMO_REFUSALS = [
  { name: "Fabrikam Business Premium (GoDaddy)", sku: "MCOMEETADV", code: "RESELLER_GODADDY", ruleId: "R-GD-1", status: "blocked" },
  { name: "Northwind E3 (monthly commitment)", sku: "MCOMEETADV", code: "MONTHLY_COMMITMENT", ruleId: "R-MC-1", status: "blocked" },
  { name: "Relecloud E5", sku: "MCOEV", code: "ALREADY_INCLUDED", ruleId: "R-PS-E5", status: "included" },
  { name: "Margie's Travel (partner, Action Pack)", sku: "MCOEV", code: "PARTNER_E3_SEAT_REQUIRED", ruleId: "R-PART-1", status: "blocked" },
  { name: "Wingtip (operated by 21Vianet)", sku: "MCOMEETADV", code: "CLOUD_21VIANET", ruleId: "R-21V-1", status: "blocked" },
  {
    name: "Trey E5 without Audio Conferencing (India)",
    sku: "MCOMEETADV",
    code: "COUNTRY_NOT_AVAILABLE",
    ruleId: "R-AC-E5N-a",
    status: "blocked",
  },
] as const;

// ---------------------------------------------------------------- helpers

async function body(res: APIResponse) {
  return res.json();
}

async function findSeedTenant(api: Api, name: string): Promise<{ id: string; name: string }> {
  const { tenants } = await body(await api.get("/tenants"));
  const found = tenants.find((t: { name: string }) => t.name === name);
  expect(found, `seed tenant "${name}"`).toBeTruthy();
  return found;
}

async function offersOf(api: Api, tenantId: string): Promise<Offer[]> {
  const res = await api.get(`/tenants/${tenantId}/offers`);
  expect(res.status()).toBe(200);
  return (await body(res)).offers;
}

async function stateOf(api: Api, tenantId: string) {
  const res = await api.get(`/tenants/${tenantId}`);
  expect(res.status()).toBe(200);
  return body(res);
}

/** Creates a tenant owned by the Global admin. */
async function createTenant(api: Api, fields: Record<string, unknown>) {
  const res = await api.post("/tenants", { name: uniqueName("QA purchases"), country: "US", plan: "ENTERPRISEPACK", seats: 10, ...fields });
  expect(res.status(), JSON.stringify(await res.json())).toBe(201);
  return body(res);
}

/** The one error shape of shared/api.md, for a rules refusal. */
function expectRuleError(error: Reason) {
  expect(error).toMatchObject({
    code: expect.stringMatching(/^[A-Z_0-9]+$/),
    message: expect.any(String),
    ruleId: expect.any(String),
    doc: expect.stringMatching(/\S/),
    remedies: expect.any(Array),
  });
  expect(error.message.length).toBeGreaterThan(10);
  for (const r of error.remedies) expect(REMEDY_ACTIONS).toContain(r.action);
}

async function lastEvent(api: Api, tenantId: string) {
  const { events } = await body(await api.get(`/tenants/${tenantId}/events?limit=1`));
  return events[0];
}

// ---------------------------------------------------------------- offers

test.describe("API purchases: offers", () => {
  test("every sku of the contract has one offer; blocked ones carry a full reason", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const { tenants } = await body(await admin.get("/tenants"));
    const seeds = tenants.filter((t: { name: string }) => DEMO_REFUSALS.some((d) => d.name === t.name));
    expect(seeds).toHaveLength(DEMO_REFUSALS.length);
    for (const seed of seeds) {
      const offers = await offersOf(admin, seed.id);
      expect(offers.map((o) => o.sku).sort(), seed.name).toEqual(expect.arrayContaining(API_SKUS));
      expect(new Set(offers.map((o) => o.sku)).size).toBe(offers.length);
      for (const offer of offers) {
        expect(["available", "included", "blocked"], `${seed.name} ${offer.sku}`).toContain(offer.status);
        expect(Array.isArray(offer.reasons) && Array.isArray(offer.remedies) && Array.isArray(offer.recommendations)).toBe(true);
        if (offer.status === "blocked") {
          expect(offer.reasons.length, `${seed.name} ${offer.sku}`).toBeGreaterThan(0);
          expectRuleError(offer.reasons[0]);
        }
        if (offer.status === "available") expect(offer.reasons).toEqual([]);
      }
    }
  });

  for (const demo of DEMO_REFUSALS) {
    test(`demo "${demo.name}": ${demo.sku} is ${demo.status} (${demo.code}), and a purchase on a copy answers the same`, async ({
      request,
    }) => {
      const admin = await apiAs(request, ACCOUNTS.globalAdmin);
      const seed = await findSeedTenant(admin, demo.name);
      const seedState = await stateOf(admin, seed.id);
      const offer = (await offersOf(admin, seed.id)).find((o) => o.sku === demo.sku)!;
      expect(offer.status).toBe(demo.status);
      expect(offer.reasons[0]).toMatchObject({ code: demo.code, ruleId: demo.ruleId });

      // A copy with the same settings: the purchase is refused with the offer's first reason, and nothing changes.
      const { country, orgType, cloud, channel, commitment, plan, policy } = seedState;
      const copy = await createTenant(admin, { country, orgType, cloud, channel, commitment, plan, policy, seats: 25 });
      const copyOffer = (await offersOf(admin, copy.id)).find((o) => o.sku === demo.sku)!;
      expect(copyOffer.reasons[0]).toEqual(offer.reasons[0]);
      const before = await stateOf(admin, copy.id);
      const res = await admin.post(`/tenants/${copy.id}/purchases`, { sku: demo.sku, quantity: 1 });
      expect(res.status()).toBe(422);
      const { error } = await body(res);
      expectRuleError(error);
      expect(error).toMatchObject({ code: demo.code, ruleId: demo.ruleId, doc: offer.reasons[0].doc, remedies: offer.reasons[0].remedies });
      expect(await stateOf(admin, copy.id)).toEqual(before);
      expect(await lastEvent(admin, copy.id)).toMatchObject({
        action: "purchase",
        target: demo.sku,
        outcome: "denied",
        ruleIds: [demo.ruleId],
      });

      // The seed tenant itself was only read.
      expect(await stateOf(admin, seed.id)).toEqual(seedState);
    });
  }
});

// ---------------------------------------------------------------- purchases

test.describe("API purchases: POST /tenants/{id}/purchases", () => {
  test("201 with { purchase, subscription, unlocks, recommendations }, and the tenant shows the subscription", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK" });
    const res = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 3 });
    expect(res.status()).toBe(201);
    const created = await body(res);
    expect(created.purchase).toMatchObject({
      id: expect.any(String),
      sku: "MCOEV",
      name: expect.any(String),
      quantity: 3,
      unitPrice: expect.stringMatching(MONEY),
      monthlyTotal: expect.stringMatching(MONEY),
      annualTotal: expect.stringMatching(MONEY),
      amount: null,
      at: expect.stringMatching(ISO),
    });
    const unitCents = parseUsd(created.purchase.unitPrice)!;
    expect(created.purchase.monthlyTotal).toBe(formatUsd(unitCents * 3));
    expect(created.purchase.annualTotal).toBe(formatUsd(unitCents * 36));
    expect(created.subscription).toMatchObject({
      id: expect.any(String),
      sku: "MCOEV",
      quantity: 3,
      status: "active",
      term: "annual",
      renewsAt: expect.stringMatching(ISO),
    });
    expect(created.unlocks).toEqual(expect.arrayContaining(["MCOPSTN1", "MCOPSTN2"]));
    expect(Array.isArray(created.recommendations)).toBe(true);

    const state = await stateOf(admin, tenant.id);
    expect(state.subscriptions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: created.subscription.id,
          sku: "MCOEV",
          quantity: 3,
          assigned: 0,
          available: 3,
          commercial: true,
          status: "active",
        }),
      ]),
    );
    expect(await lastEvent(admin, tenant.id)).toMatchObject({
      action: "purchase",
      target: "MCOEV",
      outcome: "success",
      actor: ACCOUNTS.globalAdmin,
    });
  });

  test("Communications Credits: sign-up with an amount and auto-recharge", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "O365_BUSINESS_PREMIUM" });
    const prereq = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "50.00" });
    expect(prereq.status()).toBe(422);
    expect((await body(prereq)).error).toMatchObject({ code: "PREREQUISITE_MISSING", ruleId: "R-CC-2" });

    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 10 })).status()).toBe(201);
    const res = await admin.post(`/tenants/${tenant.id}/purchases`, {
      sku: "MCOPSTNC",
      amount: "50.00",
      autoRecharge: { enabled: true, threshold: "10.00", amount: "25.00" },
    });
    expect(res.status()).toBe(201);
    const created = await body(res);
    expect(created.purchase).toMatchObject({ sku: "MCOPSTNC", quantity: 1, amount: "50.00" });
    const state = await stateOf(admin, tenant.id);
    expect(state.credits).toEqual({
      enabled: true,
      balance: "50.00",
      autoRecharge: { enabled: true, threshold: "10.00", amount: "25.00" },
    });

    const low = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "5.00" });
    expect(low.status()).toBe(422);
    expect((await body(low)).error).toMatchObject({ code: "AMOUNT_BELOW_MINIMUM" });
    expect((await stateOf(admin, tenant.id)).credits.balance).toBe("50.00");
  });

  test("the Business Premium journey: refused Phone System, switch to E3, then Phone System and a Calling Plan", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "O365_BUSINESS_PREMIUM", seats: 12 });
    const refused = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 5 });
    expect(refused.status()).toBe(422);
    const { error } = await body(refused);
    expectRuleError(error);
    expect(error).toMatchObject({ code: "PLAN_SWITCH_REQUIRED", ruleId: "R-PS-BP" });
    expect(error.remedies).toEqual([
      { action: "switchPlan", to: expect.arrayContaining(["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEPREMIUM"]) },
    ]);

    expect((await admin.post(`/tenants/${tenant.id}/switch-plan`, { to: "ENTERPRISEPACK" })).status()).toBe(200);
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 5 })).status()).toBe(201);
    const cp = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTN1", quantity: 5 });
    expect(cp.status()).toBe(201);
    const state = await stateOf(admin, tenant.id);
    expect(state.plan).toBe("ENTERPRISEPACK");
    expect(state.subscriptions.map((s: { sku: string; quantity: number }) => [s.sku, s.quantity]).sort()).toEqual([
      ["ENTERPRISEPACK", 12],
      ["MCOEV", 5],
      ["MCOPSTN1", 5],
    ]);
  });

  test("a refusal is 422 with the error shape, and GET /tenants/{id} is identical before and after", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK" });
    const before = await stateOf(admin, tenant.id);
    const res = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTN1", quantity: 2 });
    expect(res.status()).toBe(422);
    const json = await body(res);
    expect(Object.keys(json)).toEqual(["error"]);
    expectRuleError(json.error);
    expect(json.error).toMatchObject({ code: "PREREQUISITE_MISSING", ruleId: "R-CP-1", remedies: [{ action: "purchase", sku: "MCOEV" }] });
    expect(await stateOf(admin, tenant.id)).toEqual(before);
    expect(await lastEvent(admin, tenant.id)).toMatchObject({ outcome: "denied", ruleIds: ["R-CP-1"] });
  });

  test("NO_BASE_PLAN (422, R-ADM-1) before any plan; buying a plan sku then works and sets the plan", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: null });
    expect(tenant.plan).toBeNull();
    expect(tenant.subscriptions).toEqual([]);
    const offer = (await offersOf(admin, tenant.id)).find((o) => o.sku === "MCOEV");
    expect(offer).toMatchObject({ status: "blocked", reasons: [expect.objectContaining({ code: "NO_BASE_PLAN", ruleId: "R-ADM-1" })] });

    const before = await stateOf(admin, tenant.id);
    const res = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 1 });
    expect(res.status()).toBe(422);
    const json = await body(res);
    expect(Object.keys(json)).toEqual(["error"]);
    expectRuleError(json.error);
    expect(json.error).toMatchObject({ code: "NO_BASE_PLAN", ruleId: "R-ADM-1" });
    expect(await stateOf(admin, tenant.id)).toEqual(before);
    expect(await lastEvent(admin, tenant.id)).toMatchObject({ action: "purchase", outcome: "denied", ruleIds: ["R-ADM-1"] });

    // A plan is what unblocks it: buying one sets the tenant's plan, and then the add-on can be bought.
    const plan = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "ENTERPRISEPACK", quantity: 5 });
    expect(plan.status(), JSON.stringify(await body(plan))).toBe(201);
    expect((await body(plan)).subscription).toMatchObject({ sku: "ENTERPRISEPACK", quantity: 5 });
    const after = await stateOf(admin, tenant.id);
    expect(after.plan).toBe("ENTERPRISEPACK");
    expect(after.subscriptions.map((s: { sku: string; quantity: number }) => [s.sku, s.quantity])).toEqual([["ENTERPRISEPACK", 5]]);
    expect((await offersOf(admin, tenant.id)).find((o) => o.sku === "MCOEV")?.status).toBe("available");
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 1 })).status()).toBe(201);
  });

  test("400 VALIDATION_FAILED for malformed bodies, and nothing changes", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK" });
    const before = await stateOf(admin, tenant.id);
    const bad: unknown[] = [
      { sku: "MCOEV", quantity: 0 },
      { sku: "MCOEV", quantity: 1.5 },
      { sku: "MCOEV", quantity: "3" },
      { sku: "NOT_A_SKU", quantity: 1 },
      { sku: "MCOPSTNC", amount: "12.345" },
      { sku: "MCOPSTNC", amount: 50 },
      { sku: "MCOEV", quantity: 1, colour: "blue" },
      {},
    ];
    for (const data of bad) {
      const res = await admin.post(`/tenants/${tenant.id}/purchases`, data);
      expect(res.status(), JSON.stringify(data)).toBe(400);
      const { error } = await body(res);
      expect(error, JSON.stringify(data)).toMatchObject({
        code: "VALIDATION_FAILED",
        message: expect.any(String),
        details: expect.any(Object),
      });
      expect(Object.keys(error.details).length, JSON.stringify(data)).toBeGreaterThan(0);
    }
    const notJson = await request.post(`/api/v1/tenants/${tenant.id}/purchases`, {
      headers: { ...(await bearerHeaders(request)), "Content-Type": "application/json" },
      data: "{not json",
    });
    expect(notJson.status()).toBe(400);
    expect(await stateOf(admin, tenant.id)).toEqual(before);
  });

  test("VALIDATION_FAILED details name the offending field (quantity, sku, amount)", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK" });
    const cases: [unknown, string][] = [
      [{ sku: "MCOEV", quantity: 0 }, "quantity"],
      [{ sku: "MCOEV", quantity: 1.5 }, "quantity"],
      [{ sku: "NOT_A_SKU", quantity: 1 }, "sku"],
      [{ sku: "MCOPSTNC", amount: "12.345" }, "amount"],
    ];
    const missing: string[] = [];
    for (const [data, field] of cases) {
      const res = await admin.post(`/tenants/${tenant.id}/purchases`, data);
      expect(res.status()).toBe(400);
      const { error } = await body(res);
      if (!Object.keys(error.details).includes(field)) missing.push(`${JSON.stringify(data)} -> details ${JSON.stringify(error.details)}`);
    }
    expect(missing, "shared/api.md: VALIDATION_FAILED `details` names each field").toEqual([]);
  });

  test("Idempotency-Key: the same body replays the first answer; another body is 409 IDEMPOTENCY_KEY_REUSED", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK" });
    const key = { "Idempotency-Key": `qa-${Date.now()}` };
    const first = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 4 }, key);
    expect(first.status()).toBe(201);
    expect(first.headers()["idempotent-replayed"]).toBeUndefined();
    const afterFirst = await stateOf(admin, tenant.id);

    const second = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 4 }, key);
    expect(second.status()).toBe(201);
    expect(second.headers()["idempotent-replayed"]).toBe("true");
    expect(await body(second)).toEqual(await body(first));
    expect(await stateOf(admin, tenant.id)).toEqual(afterFirst);
    expect(afterFirst.subscriptions.filter((s: { sku: string }) => s.sku === "MCOMEETADV")).toHaveLength(1);

    const reused = await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 5 }, key);
    expect(reused.status()).toBe(409);
    expect((await body(reused)).error).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", message: expect.any(String) });
    expect(await stateOf(admin, tenant.id)).toEqual(afterFirst);

    // A new key is a new purchase.
    const fresh = await admin.post(
      `/tenants/${tenant.id}/purchases`,
      { sku: "MCOMEETADV", quantity: 4 },
      { "Idempotency-Key": `${key["Idempotency-Key"]}-b` },
    );
    expect(fresh.status()).toBe(201);
    expect((await body(fresh)).purchase.id).not.toBe((await body(first)).purchase.id);
  });

  test("concurrent requests with one Idempotency-Key buy once", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK" });
    const key = { "Idempotency-Key": `qa-race-${Date.now()}` };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 2 }, key)),
    );
    expect(responses.map((r) => r.status())).toEqual(Array(6).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    const state = await stateOf(admin, tenant.id);
    expect(state.subscriptions.filter((s: { sku: string }) => s.sku === "MCOEV")).toHaveLength(1);
  });
});

async function bearerHeaders(request: Parameters<typeof apiAs>[0]) {
  const res = await request.post("/api/v1/tokens", { data: { email: ACCOUNTS.globalAdmin, password: "Sandbox-2018!" } });
  return { Authorization: `Bearer ${(await res.json()).token}` };
}

// ---------------------------------------------------------------- seats

test.describe("API purchases: PATCH /tenants/{id}/subscriptions/{subscriptionId}", () => {
  test("a seat increase is 200 with the subscription; a decrease of unassigned seats too; bad quantities 400", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK", seats: 10 });
    const sub = tenant.subscriptions[0];
    const up = await admin.patch(`/tenants/${tenant.id}/subscriptions/${sub.id}`, { quantity: 14 });
    expect(up.status()).toBe(200);
    expect(await body(up)).toMatchObject({ id: sub.id, sku: "ENTERPRISEPACK", quantity: 14, assigned: 0, available: 14 });
    const down = await admin.patch(`/tenants/${tenant.id}/subscriptions/${sub.id}`, { quantity: 6 });
    expect(down.status()).toBe(200);
    expect((await body(down)).quantity).toBe(6);

    for (const data of [{ quantity: 0 }, { quantity: 2.5 }, { quantity: "7" }, {}]) {
      const res = await admin.patch(`/tenants/${tenant.id}/subscriptions/${sub.id}`, data);
      expect(res.status(), JSON.stringify(data)).toBe(400);
      expect((await body(res)).error.code).toBe("VALIDATION_FAILED");
    }
    const missing = await admin.patch(`/tenants/${tenant.id}/subscriptions/does-not-exist`, { quantity: 3 });
    expect(missing.status()).toBe(404);
    expect((await body(missing)).error.code).toBe("NOT_FOUND");
    expect((await stateOf(admin, tenant.id)).subscriptions[0].quantity).toBe(6);
  });

  test("SEATS_IN_USE (409) when reducing below the assigned seats", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPACK", seats: 3 });
    const sub = tenant.subscriptions[0];
    const userIds: string[] = [];
    for (const n of [1, 2]) {
      const user = await admin.post(`/tenants/${tenant.id}/users`, {
        displayName: `QA User ${n}`,
        userPrincipalName: `qa${n}@qa-seats.test`,
        usageLocation: "US",
      });
      expect(user.status(), "POST /tenants/{id}/users").toBe(201);
      const { id } = await body(user);
      const assigned = await admin.post(`/tenants/${tenant.id}/users/${id}/assignLicense`, {
        addLicenses: [{ sku: "ENTERPRISEPACK" }],
        removeLicenses: [],
      });
      expect(assigned.status(), "POST /tenants/{id}/users/{userId}/assignLicense").toBe(200);
      userIds.push(id);
    }
    const before = await stateOf(admin, tenant.id);
    expect(before.subscriptions[0]).toMatchObject({ quantity: 3, assigned: 2 });
    const res = await admin.patch(`/tenants/${tenant.id}/subscriptions/${sub.id}`, { quantity: 1 });
    expect(res.status()).toBe(409);
    const { error } = await body(res);
    expectRuleError(error);
    expect(error).toMatchObject({ code: "SEATS_IN_USE", ruleId: "R-ASG-SEAT" });
    expect(await stateOf(admin, tenant.id)).toEqual(before);
    expect((await admin.patch(`/tenants/${tenant.id}/subscriptions/${sub.id}`, { quantity: 2 })).status()).toBe(200);
  });
});

// ---------------------------------------------------------------- plan switches

test.describe("API purchases: switch-plan", () => {
  test("GET lists the targets; a GoDaddy tenant may only go to E3, which leaves GoDaddy", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "O365_BUSINESS_PREMIUM", channel: "godaddy", seats: 6 });
    const targetsRes = await admin.get(`/tenants/${tenant.id}/switch-plan`);
    expect(targetsRes.status()).toBe(200);
    const { targets } = await body(targetsRes);
    expect(targets.map((t: { to: string }) => t.to)).not.toContain("O365_BUSINESS_PREMIUM");
    for (const t of targets) {
      expect(t).toMatchObject({
        to: expect.any(String),
        name: expect.any(String),
        allowed: expect.any(Boolean),
        includes: expect.any(Array),
      });
      if (!t.allowed) expect(t.reason).toMatchObject({ code: "RESELLER_GODADDY", ruleId: "R-GD-1" });
    }
    expect(targets.filter((t: { allowed: boolean }) => t.allowed).map((t: { to: string }) => t.to)).toEqual(["ENTERPRISEPACK"]);

    const before = await stateOf(admin, tenant.id);
    const refused = await admin.post(`/tenants/${tenant.id}/switch-plan`, { to: "ENTERPRISEPREMIUM" });
    expect(refused.status()).toBe(422);
    const { error } = await body(refused);
    expectRuleError(error);
    expect(error).toMatchObject({
      code: "RESELLER_GODADDY",
      ruleId: "R-GD-1",
      remedies: [{ action: "switchPlan", to: ["ENTERPRISEPACK"] }],
    });
    expect(await stateOf(admin, tenant.id)).toEqual(before);

    const bad = await admin.post(`/tenants/${tenant.id}/switch-plan`, { to: "MCOEV" });
    expect(bad.status()).toBe(400);
    expect((await body(bad)).error.code).toBe("VALIDATION_FAILED");

    const ok = await admin.post(`/tenants/${tenant.id}/switch-plan`, { to: "ENTERPRISEPACK" });
    expect(ok.status()).toBe(200);
    const after = await stateOf(admin, tenant.id);
    expect(after).toMatchObject({ plan: "ENTERPRISEPACK", channel: "direct" });
    expect(after.subscriptions.map((s: { sku: string; quantity: number }) => [s.sku, s.quantity])).toEqual([["ENTERPRISEPACK", 6]]);
    const offers = await offersOf(admin, tenant.id);
    expect(offers.find((o) => o.sku === "MCOMEETADV")?.status).toBe("available");
    expect(offers.find((o) => o.sku === "MCOEV")?.status).toBe("available");
  });

  test("POST answers with the tenant (shared/api.md: switch-plan -> tenant)", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const tenant = await createTenant(admin, { plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" });
    const res = await admin.post(`/tenants/${tenant.id}/switch-plan`, { to: "ENTERPRISEPREMIUM" });
    expect(res.status()).toBe(200);
    const json = await body(res);
    // The contract's result is the tenant state itself, as for POST /tenants and POST /reset.
    expect(json).toMatchObject({ id: tenant.id, plan: "ENTERPRISEPREMIUM", subscriptions: expect.any(Array) });
  });
});

// ---------------------------------------------------------------- roles

test.describe("API purchases: roles", () => {
  test("License admin and Global reader: offers and targets 200; purchase, seats and switch 403 and nothing changes", async ({
    request,
  }) => {
    const { tenant } = await tenantWithAllRoles(request, { plan: "O365_BUSINESS_PREMIUM" });
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const sub = tenant.subscriptions[0];
    const before = await stateOf(admin, tenant.id);
    for (const email of [ACCOUNTS.licenseAdmin, ACCOUNTS.globalReader]) {
      const api = await apiAs(request, email);
      const offers = await api.get(`/tenants/${tenant.id}/offers`);
      expect(offers.status(), `${email} offers`).toBe(200);
      expect((await body(offers)).offers.length).toBeGreaterThanOrEqual(API_SKUS.length);
      expect((await api.get(`/tenants/${tenant.id}/switch-plan`)).status(), `${email} targets`).toBe(200);
      for (const [what, res] of [
        ["purchase", await api.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 1 })],
        [
          "purchase with key",
          await api.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 1 }, { "Idempotency-Key": "role-key" }),
        ],
        ["seats", await api.patch(`/tenants/${tenant.id}/subscriptions/${sub.id}`, { quantity: 20 })],
        ["switch", await api.post(`/tenants/${tenant.id}/switch-plan`, { to: "ENTERPRISEPACK" })],
        ["reset", await api.post(`/tenants/${tenant.id}/reset`)],
      ] as const) {
        expect(res.status(), `${email} ${what}`).toBe(403);
        expect((await body(res)).error.code).toBe("FORBIDDEN");
      }
    }
    expect(await stateOf(admin, tenant.id)).toEqual(before);

    // The Billing admin may buy (the same request is not refused for everyone).
    const billing = await apiAs(request, ACCOUNTS.billingAdmin);
    expect((await billing.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 1 })).status()).toBe(201);
  });

  test("without a token purchases are 401; another admin's tenant is 404", async ({ request }) => {
    const reader = await apiAs(request, ACCOUNTS.globalReader);
    const own = await body(await reader.post("/tenants", { name: uniqueName("Reader's own"), country: "US", plan: "ENTERPRISEPACK" }));
    const anon = await request.post(`/api/v1/tenants/${own.id}/purchases`, { data: { sku: "MCOEV", quantity: 1 } });
    expect(anon.status()).toBe(401);
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    for (const res of [
      await admin.post(`/tenants/${own.id}/purchases`, { sku: "MCOEV", quantity: 1 }),
      await admin.get(`/tenants/${own.id}/offers`),
      await admin.get(`/tenants/${own.id}/switch-plan`),
      await admin.patch(`/tenants/${own.id}/subscriptions/${own.subscriptions[0].id}`, { quantity: 1 }),
    ]) {
      expect(res.status()).toBe(404);
      expect((await body(res)).error.code).toBe("NOT_FOUND");
    }
    expect((await stateOf(reader, own.id)).subscriptions).toEqual(own.subscriptions);
  });
});

// ---------------------------------------------------------------- reset

test.describe("API purchases: reset", () => {
  test("POST /reset returns the tenant to its created state after purchases, seat changes, switches and settings", async ({ request }) => {
    const admin = await apiAs(request, ACCOUNTS.globalAdmin);
    const created = await createTenant(admin, { plan: "O365_BUSINESS_PREMIUM", seats: 8, policy: { minimumFundingUsd: "30.00" } });
    const offersAtCreation = await offersOf(admin, created.id);

    const t = `/tenants/${created.id}`;
    expect((await admin.post(`${t}/purchases`, { sku: "MCOMEETADV", quantity: 8 })).status()).toBe(201);
    expect(
      (
        await admin.post(`${t}/purchases`, {
          sku: "MCOPSTNC",
          amount: "40.00",
          autoRecharge: { enabled: true, threshold: "5.00", amount: "30.00" },
        })
      ).status(),
    ).toBe(201);
    expect((await admin.patch(`${t}/subscriptions/${created.subscriptions[0].id}`, { quantity: 11 })).status()).toBe(200);
    expect((await admin.post(`${t}/switch-plan`, { to: "ENTERPRISEPACK" })).status()).toBe(200);
    expect((await admin.post(`${t}/purchases`, { sku: "MCOEV", quantity: 2 })).status()).toBe(201);
    expect((await admin.patch(t, { commitment: "monthly", policy: { monthlyCommitmentBlocksAddOns: false } })).status()).toBe(200);
    const changed = await stateOf(admin, created.id);
    expect(changed).toMatchObject({ plan: "ENTERPRISEPACK", commitment: "monthly", credits: { enabled: true, balance: "40.00" } });

    const res = await admin.post(`${t}/reset`);
    expect(res.status()).toBe(200);
    const reset = await stateOf(admin, created.id);
    expect(await body(res)).toEqual(reset);

    // Ids, renewal dates and the clock are new; everything else is as created.
    const comparable = (s: typeof created) => ({
      ...s,
      now: undefined,
      subscriptions: s.subscriptions.map((x: Record<string, unknown>) => ({ ...x, id: undefined, renewsAt: undefined })),
    });
    expect(comparable(reset)).toEqual(comparable(created));
    expect(reset.credits).toEqual({ enabled: false, balance: "0.00", autoRecharge: { enabled: false, threshold: "0.00", amount: "0.00" } });
    expect(await offersOf(admin, created.id)).toEqual(offersAtCreation);
    expect(await lastEvent(admin, created.id)).toMatchObject({ action: "tenant.reset", outcome: "success" });

    // The tenant works normally afterwards.
    expect((await admin.post(`${t}/purchases`, { sku: "MCOMEETADV", quantity: 1 })).status()).toBe(201);
  });
});
