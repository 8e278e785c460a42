/**
 * Purchases, seat changes and plan switches against a real SQLite file (tests/support/per-file-db.ts).
 * Every test makes its own tenant. Each refusal is checked three ways: the code and rule id, the tenant's
 * rows before and after (nothing written), and exactly one "denied" audit event added.
 */
import { formatUsd } from "@/lib/domain/money";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import type { Actor, TenantAccess } from "@/lib/auth/actor";
import { changeSeats, getOffers, getSwitchTargets, purchase, switchPlan } from "@/lib/services/purchases";
import type { PurchaseResult } from "@/lib/validation/responses";
import { getTenantAccess, getTenantState, updateTenant, type SeedUser } from "@/lib/services/tenants";
import { addMember } from "@/lib/services/members";
import { listEvents } from "@/lib/services/audit";
import type { PurchaseInput } from "@/lib/validation/purchases";
import type { CreateTenantInput } from "@/lib/validation/tenants";
import type { CreateTenantOptions } from "@/lib/services/tenants";
import type { Role } from "@/lib/domain/roles";
import { refusalOf, type Refusal } from "../support/refusal";
import { makeActor, makeTenant } from "../support/factories";

// ---------------------------------------------------------------- helpers

interface Ctx {
  actor: Actor;
  access: TenantAccess;
  tenantId: string;
}

async function setup(input: Partial<CreateTenantInput> = {}, options: CreateTenantOptions = {}): Promise<Ctx> {
  const actor = await makeActor();
  const t = await makeTenant(actor, input, options);
  return { actor, access: await getTenantAccess(actor, t.id), tenantId: t.id };
}

/** `n` directory users located in `country`, each holding `licenses`. */
function users(n: number, licenses: string[], country = "US"): SeedUser[] {
  return Array.from({ length: n }, (_, i) => ({
    userPrincipalName: `user${i}@tenant.test`,
    displayName: `User ${i}`,
    usageLocation: country,
    licenses,
  }));
}

/** Everything a purchase, seat change or switch may write, except the audit trail (a log, checked apart). */
async function tenantRows(tenantId: string) {
  const db = getDb();
  const byId = { orderBy: { id: "asc" as const } };
  return {
    tenant: await db.tenant.findUnique({ where: { id: tenantId } }),
    subscriptions: await db.subscription.findMany({ where: { tenantId }, ...byId }),
    purchases: await db.purchase.findMany({ where: { tenantId }, ...byId }),
    ledger: await db.creditsLedgerEntry.findMany({ where: { tenantId }, ...byId }),
    creditsAccount: await db.creditsAccount.findUnique({ where: { tenantId } }),
    assignments: await db.licenseAssignment.findMany({ where: { tenantId }, ...byId }),
    idempotency: await db.idempotencyRecord.findMany({ where: { tenantId }, ...byId }),
  };
}

async function auditCounts(tenantId: string) {
  const db = getDb();
  return {
    all: await db.auditEvent.count({ where: { tenantId } }),
    denied: await db.auditEvent.count({ where: { tenantId, outcome: "denied" } }),
  };
}

/**
 * Runs `call`, expects a rules refusal with `code` and `ruleId`, no tenant row changed, and exactly one
 * audit event added, a "denied" one naming the rule. Returns the error for further checks.
 */
async function expectRefusal(ctx: Ctx, call: () => Promise<unknown>, code: string, ruleId: string): Promise<Refusal> {
  const before = await tenantRows(ctx.tenantId);
  const eventsBefore = await auditCounts(ctx.tenantId);
  const err = await refusalOf(call());
  expect(err.body.code).toBe(code);
  expect(err.body.ruleId).toBe(ruleId);
  expect(err.body.doc).toEqual(expect.any(String));
  expect(err.body.message).toEqual(expect.any(String));
  expect(Array.isArray(err.body.remedies)).toBe(true);
  expect(await tenantRows(ctx.tenantId)).toEqual(before);
  expect(await auditCounts(ctx.tenantId)).toEqual({ all: eventsBefore.all + 1, denied: eventsBefore.denied + 1 });
  const [latest] = await listEvents(ctx.access, 1);
  expect(latest).toMatchObject({ outcome: "denied", ruleIds: [ruleId], details: { code } });
  return err;
}

/** A refusal that is not a rules denial (permissions, idempotency): nothing written at all. */
async function expectNothingWritten(ctx: Ctx, call: () => Promise<unknown>, code: string, status: number): Promise<Refusal> {
  const before = await tenantRows(ctx.tenantId);
  const eventsBefore = await auditCounts(ctx.tenantId);
  const err = await refusalOf(call());
  expect(err.body.code).toBe(code);
  expect(err.status).toBe(status);
  expect(await tenantRows(ctx.tenantId)).toEqual(before);
  expect((await auditCounts(ctx.tenantId)).all).toBe(eventsBefore.all);
  return err;
}

async function buy(ctx: Ctx, input: PurchaseInput, key?: string): Promise<PurchaseResult> {
  const res = await purchase(ctx.access, input, key);
  expect(res.replayed).toBe(false);
  return res.value;
}

async function offerOf(ctx: Ctx, sku: string) {
  const offer = (await getOffers(ctx.access)).find((o) => o.sku === sku);
  if (!offer) throw new Error(`no offer for ${sku}`);
  return offer;
}

const VOICE_TARGETS = ["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEWITHSCAL", "ENTERPRISEPREMIUM"];

// ---------------------------------------------------------------- refusals

describe("purchase refusals: code, rule, nothing written, one denied event", () => {
  it("NO_BASE_PLAN (R-ADM-1): a tenant without a plan can't buy an add-on", async () => {
    const ctx = await setup({ plan: null });
    const err = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }), "NO_BASE_PLAN", "R-ADM-1");
    expect(err.status).toBe(422);
    expect(err.body.remedies).toEqual(expect.arrayContaining([{ action: "purchase", sku: "ENTERPRISEPACK" }]));
  });

  it("CLOUD_21VIANET (R-21V-1): Audio Conferencing on a 21Vianet tenant", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", cloud: "21vianet", country: "CN" });
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 5 }), "CLOUD_21VIANET", "R-21V-1");
  });

  it("RESELLER_GODADDY (R-GD-1): Business Premium bought through GoDaddy can't take add-ons", async () => {
    const ctx = await setup({ plan: "O365_BUSINESS_PREMIUM", channel: "godaddy" });
    const err = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 2 }), "RESELLER_GODADDY", "R-GD-1");
    expect(err.body.remedies).toEqual([{ action: "switchPlan", to: ["ENTERPRISEPACK"] }]);
  });

  it("MONTHLY_COMMITMENT (R-MC-1) while the policy flag is on; allowed once it is off", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", commitment: "monthly" });
    const err = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 3 }), "MONTHLY_COMMITMENT", "R-MC-1");
    expect(err.body.remedies).toEqual(expect.arrayContaining([{ action: "changeCommitment" }]));

    await updateTenant(ctx.access, { policy: { monthlyCommitmentBlocksAddOns: false } });
    const body = await buy(ctx, { sku: "MCOMEETADV", quantity: 3 });
    expect(body.subscription).toMatchObject({ sku: "MCOMEETADV", quantity: 3, term: "monthly", status: "active" });
  });

  it("a monthly tenant created with the flag off can buy add-ons straight away (R-MC-1 policy)", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", commitment: "monthly", policy: { monthlyCommitmentBlocksAddOns: false } });
    expect((await offerOf(ctx, "MCOEV")).status).toBe("available");
    await buy(ctx, { sku: "MCOEV", quantity: 1 });
  });

  it("PARTNER_E3_SEAT_REQUIRED (R-PART-1), then one bought E3 seat unlocks Phone System and Audio Conferencing", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", channel: "partner" });
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOEV", quantity: 1 }), "PARTNER_E3_SEAT_REQUIRED", "R-PART-1");
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }), "PARTNER_E3_SEAT_REQUIRED", "R-PART-1");

    const seat = await buy(ctx, { sku: "ENTERPRISEPACK", quantity: 1 });
    expect(seat.unlocks).toEqual(expect.arrayContaining(["MCOEV", "MCOMEETADV"]));
    const subs = await getDb().subscription.findMany({
      where: { tenantId: ctx.tenantId, sku: "ENTERPRISEPACK" },
      orderBy: { createdAt: "asc" },
    });
    expect(subs.map((s) => [s.quantity, s.commercial])).toEqual([
      [10, false],
      [1, true],
    ]);
    expect((await offerOf(ctx, "MCOEV")).status).toBe("available");
    expect((await offerOf(ctx, "MCOMEETADV")).status).toBe("available");
    await buy(ctx, { sku: "MCOEV", quantity: 1 });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 1 });
  });

  it("ALREADY_INCLUDED: E5 already has Phone System (R-PS-E5) and Audio Conferencing (R-AC-E5)", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPREMIUM" });
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOEV", quantity: 1 }), "ALREADY_INCLUDED", "R-PS-E5");
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }), "ALREADY_INCLUDED", "R-AC-E5");
    expect((await offerOf(ctx, "MCOEV")).status).toBe("included");
  });

  it("PLAN_SWITCH_REQUIRED (R-PS-BP): Phone System on Business Premium, the remedy lists the targets", async () => {
    const ctx = await setup({ plan: "O365_BUSINESS_PREMIUM" });
    const err = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOEV", quantity: 1 }), "PLAN_SWITCH_REQUIRED", "R-PS-BP");
    expect(err.body.remedies).toEqual([{ action: "switchPlan", to: VOICE_TARGETS }]);
    // A Calling Plan on Business Premium is the same gate (R-CP-BP), before the Phone System prerequisite.
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOPSTN1", quantity: 1 }), "PLAN_SWITCH_REQUIRED", "R-CP-BP");
  });

  it("PLAN_SWITCH_REQUIRED (R-AC-E5N-b): E5 without AC in France, then switching to E5 includes AC", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" });
    const err = await expectRefusal(
      ctx,
      () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }),
      "PLAN_SWITCH_REQUIRED",
      "R-AC-E5N-b",
    );
    expect(err.body.remedies).toEqual([{ action: "switchPlan", to: ["ENTERPRISEPREMIUM"] }]);

    const result = await switchPlan(ctx.access, "ENTERPRISEPREMIUM");
    expect(result.plan).toBe("ENTERPRISEPREMIUM");
    expect((await offerOf(ctx, "MCOMEETADV")).status).toBe("included");
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }), "ALREADY_INCLUDED", "R-AC-E5");
  });

  it("PREREQUISITE_MISSING (R-CP-1): a Calling Plan before Phone System", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    const err = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOPSTN1", quantity: 2 }), "PREREQUISITE_MISSING", "R-CP-1");
    expect(err.body.remedies).toEqual([{ action: "purchase", sku: "MCOEV" }]);
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOPSTN2", quantity: 2 }), "PREREQUISITE_MISSING", "R-CP-1");
  });

  it("PREREQUISITE_MISSING (R-CC-2): Communications Credits before Audio Conferencing (or Phone System + Calling Plan)", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    const err = await expectRefusal(
      ctx,
      () => purchase(ctx.access, { sku: "MCOPSTNC", amount: "50.00" }),
      "PREREQUISITE_MISSING",
      "R-CC-2",
    );
    expect(err.body.remedies).toEqual(expect.arrayContaining([{ action: "purchase", sku: "MCOMEETADV" }]));
    // Phone System alone is not enough either (R-CC-2: Phone System AND a Calling Plan).
    await buy(ctx, { sku: "MCOEV", quantity: 1 });
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOPSTNC", amount: "50.00" }), "PREREQUISITE_MISSING", "R-CC-2");
    await buy(ctx, { sku: "MCOPSTN1", quantity: 1 });
    await buy(ctx, { sku: "MCOPSTNC", amount: "50.00" });
  });

  it("COUNTRY_NOT_AVAILABLE (R-GEO-1): Audio Conferencing in India", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", country: "IN" });
    const err = await expectRefusal(
      ctx,
      () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }),
      "COUNTRY_NOT_AVAILABLE",
      "R-GEO-1",
    );
    expect(err.body.remedies).toEqual([{ action: "thirdPartyProvider" }]);
  });

  it("COUNTRY_NOT_AVAILABLE (R-AC-E5N-a): E5 without AC in India is sent to a third-party provider", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "IN" });
    const err = await expectRefusal(
      ctx,
      () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }),
      "COUNTRY_NOT_AVAILABLE",
      "R-AC-E5N-a",
    );
    expect(err.body.remedies).toEqual([{ action: "thirdPartyProvider" }]);
  });

  it("COUNTRY_NOT_AVAILABLE (R-CC-5): Communications Credits in a country without them (South Korea)", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", country: "KR" });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 1 }); // AC is sold in Korea, so R-CC-2 is met
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOPSTNC", amount: "50.00" }), "COUNTRY_NOT_AVAILABLE", "R-CC-5");
  });

  it("AMOUNT_BELOW_MINIMUM (A-8): credits sign-up below the default $20 minimum", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 1 });
    const err = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOPSTNC", amount: "19.99" }), "AMOUNT_BELOW_MINIMUM", "A-8");
    expect(err.status).toBe(422);
    // The credits subscription, the account and the ledger are all untouched (checked above); $20.00 is enough.
    const ok = await buy(ctx, { sku: "MCOPSTNC", amount: "20.00" });
    expect(ok.purchase.amount).toBe("20.00");
  });

  it("AMOUNT_BELOW_MINIMUM (A-8): with a $50 policy minimum a $30 funding is refused", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", policy: { minimumFundingUsd: "50.00" } });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 1 });
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOPSTNC", amount: "30.00" }), "AMOUNT_BELOW_MINIMUM", "A-8");
    await buy(ctx, { sku: "MCOPSTNC", amount: "50.00" });
  });

  it("AMOUNT_BELOW_MINIMUM: auto-recharge turned on with a zero trigger (A-4) or a recharge below the minimum (A-8)", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 1 });
    await expectRefusal(
      ctx,
      () => purchase(ctx.access, { sku: "MCOPSTNC", amount: "50.00", autoRecharge: { enabled: true, threshold: "0.00", amount: "25.00" } }),
      "AMOUNT_BELOW_MINIMUM",
      "A-4",
    );
    await expectRefusal(
      ctx,
      () => purchase(ctx.access, { sku: "MCOPSTNC", amount: "50.00", autoRecharge: { enabled: true, threshold: "10.00", amount: "5.00" } }),
      "AMOUNT_BELOW_MINIMUM",
      "A-8",
    );
  });

  it("VALIDATION_FAILED (SBX-QTY): a service caller that skips the schema still can't buy 0 or 1.5 seats", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    for (const quantity of [0, 1.5, -2]) {
      const err = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOEV", quantity }), "VALIDATION_FAILED", "SBX-QTY");
      expect(err.status).toBe(400);
    }
  });
});

// ---------------------------------------------------------------- seats

describe("seat changes", () => {
  const licensed = (n: number) => ({ users: users(n, ["ENTERPRISEPACK"]) });

  it("SEATS_IN_USE (R-ASG-SEAT): reducing below the assigned seats is refused; down to exactly the assigned is fine", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", seats: 5 }, licensed(3));
    const [sub] = (await getTenantState(ctx.access)).subscriptions;
    expect(sub).toMatchObject({ sku: "ENTERPRISEPACK", quantity: 5, assigned: 3, available: 2 });

    const err = await expectRefusal(ctx, () => changeSeats(ctx.access, sub.id, 2), "SEATS_IN_USE", "R-ASG-SEAT");
    expect(err.status).toBe(409);
    expect(err.body.details).toMatchObject({ assigned: 3, requested: 2, minimum: 3 });

    const down = await changeSeats(ctx.access, sub.id, 3);
    expect(down).toMatchObject({ id: sub.id, quantity: 3, assigned: 3, available: 0 });
  });

  it("increases and decreases seats, each with a success audit event", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", seats: 10 }, licensed(2));
    const [sub] = (await getTenantState(ctx.access)).subscriptions;
    expect(await changeSeats(ctx.access, sub.id, 15)).toMatchObject({ quantity: 15, assigned: 2, available: 13 });
    expect(await changeSeats(ctx.access, sub.id, 4)).toMatchObject({ quantity: 4, assigned: 2, available: 2 });
    expect((await getDb().subscription.findUniqueOrThrow({ where: { id: sub.id } })).quantity).toBe(4);
    const events = (await listEvents(ctx.access)).filter((e) => e.action === "subscription.seats");
    expect(events.map((e) => [e.outcome, e.details.from, e.details.to])).toEqual([
      ["success", 15, 4],
      ["success", 10, 15],
    ]);
    // Each event carries the sandbox clock (the ledger's), as Home › Activity shows it.
    const now = (await getTenantState(ctx.access)).now;
    for (const e of events) expect([e.sandboxAt, e.details.sandboxTime]).toEqual([now, now]);
  });

  it("adding add-on seats passes the purchase gates: a tenant moved to GoDaddy can't add AC seats (R-GD-1)", async () => {
    const ctx = await setup({ plan: "O365_BUSINESS_PREMIUM" });
    const ac = await buy(ctx, { sku: "MCOMEETADV", quantity: 2 });
    expect((await changeSeats(ctx.access, ac.subscription.id, 4)).quantity).toBe(4);
    await updateTenant(ctx.access, { channel: "godaddy" });
    await expectRefusal(ctx, () => changeSeats(ctx.access, ac.subscription.id, 6), "RESELLER_GODADDY", "R-GD-1");
  });

  it("Communications Credits have no seat count (R-CC-3); an unknown subscription is NOT_FOUND", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 1 });
    const cc = await buy(ctx, { sku: "MCOPSTNC", amount: "25.00" });
    await expectRefusal(ctx, () => changeSeats(ctx.access, cc.subscription.id, 5), "VALIDATION_FAILED", "R-CC-3");
    const missing = await refusalOf(changeSeats(ctx.access, "no-such-subscription", 5));
    expect(missing.body.code).toBe("NOT_FOUND");
  });

  it("another tenant's subscription is NOT_FOUND and stays as it was", async () => {
    const mine = await setup({ plan: "ENTERPRISEPACK" });
    const theirs = await setup({ plan: "ENTERPRISEPACK", seats: 7 });
    const [sub] = (await getTenantState(theirs.access)).subscriptions;
    const err = await refusalOf(changeSeats(mine.access, sub.id, 1));
    expect(err.body.code).toBe("NOT_FOUND");
    expect((await getDb().subscription.findUniqueOrThrow({ where: { id: sub.id } })).quantity).toBe(7);
  });
});

// ---------------------------------------------------------------- success paths

describe("purchase journeys", () => {
  it("buying a first plan on a tenant without one sets the tenant's plan", async () => {
    const ctx = await setup({ plan: null });
    const body = await buy(ctx, { sku: "ENTERPRISEPACK", quantity: 5 });
    expect(body.subscription).toMatchObject({ sku: "ENTERPRISEPACK", quantity: 5 });
    expect(body.unlocks).toEqual(expect.arrayContaining(["MCOEV", "MCOMEETADV"]));
    const state = await getTenantState(ctx.access);
    expect(state.plan).toBe("ENTERPRISEPACK");
    expect(state.subscriptions.map((s) => [s.sku, s.quantity])).toEqual([["ENTERPRISEPACK", 5]]);
  });

  it("the documented Business Premium journey: AC, credits, refused Phone System, switch to E3, Phone System, Calling Plan", async () => {
    const ctx = await setup({ plan: "O365_BUSINESS_PREMIUM", seats: 10 }, { users: users(3, ["O365_BUSINESS_PREMIUM"]) });
    const db = getDb();

    // 1. Audio Conferencing is sold on Business Premium (R-AC-BP) and makes credits possible (R-CC-1).
    const ac = await buy(ctx, { sku: "MCOMEETADV", quantity: 10 });
    expect(ac.purchase).toMatchObject({ sku: "MCOMEETADV", quantity: 10, amount: null, unitPrice: expect.stringMatching(/^\d+\.\d{2}$/) });
    expect(ac.subscription).toMatchObject({ sku: "MCOMEETADV", quantity: 10, status: "active", term: "annual" });
    expect(ac.unlocks).toContain("MCOPSTNC");
    expect(ac.recommendations.map((r) => r.ruleId)).toEqual(expect.arrayContaining(["R-AC-CC"]));

    // 2. Communications Credits with $50 and auto-recharge.
    const cc = await buy(ctx, { sku: "MCOPSTNC", amount: "50.00", autoRecharge: { enabled: true, threshold: "10.00", amount: "25.00" } });
    expect(cc.purchase).toMatchObject({ sku: "MCOPSTNC", quantity: 1, amount: "50.00" });
    expect((await getTenantState(ctx.access)).credits).toEqual({
      enabled: true,
      balance: "50.00",
      autoRecharge: { enabled: true, threshold: "10.00", amount: "25.00" },
    });

    // 3. Phone System needs a plan switch (R-PS-BP).
    const refusal = await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOEV", quantity: 5 }), "PLAN_SWITCH_REQUIRED", "R-PS-BP");
    expect(refusal.body.remedies).toEqual([{ action: "switchPlan", to: expect.arrayContaining(["ENTERPRISEPACK"]) }]);
    const { targets } = await getSwitchTargets(ctx.access);
    expect(targets.find((t) => t.to === "ENTERPRISEPACK")).toMatchObject({ allowed: true });

    // 4. Switch to E3: the seats move, and the users keep a license, now of E3.
    const switched = await switchPlan(ctx.access, "ENTERPRISEPACK");
    expect(switched.switch).toMatchObject({ from: "O365_BUSINESS_PREMIUM", to: "ENTERPRISEPACK", carriedSeats: 10, leftGoDaddy: false });
    expect(switched.plan).toBe("ENTERPRISEPACK");
    const planSub = switched.subscriptions.find((s) => s.sku === "ENTERPRISEPACK");
    expect(planSub).toMatchObject({ quantity: 10, assigned: 3, available: 7 });
    expect(switched.subscriptions.some((s) => s.sku === "O365_BUSINESS_PREMIUM")).toBe(false);
    const assignments = await db.licenseAssignment.findMany({ where: { tenantId: ctx.tenantId } });
    expect(assignments.map((a) => a.sku)).toEqual(["ENTERPRISEPACK", "ENTERPRISEPACK", "ENTERPRISEPACK"]);
    expect(new Set(assignments.map((a) => a.userId)).size).toBe(3);
    // The add-ons and credits bought before the switch are still there.
    expect(switched.subscriptions.map((s) => s.sku).sort()).toEqual(["ENTERPRISEPACK", "MCOMEETADV", "MCOPSTNC"]);
    expect(switched.credits.balance).toBe("50.00");

    // 5. Phone System is now available; buying it unlocks the Calling Plans (R-CP-2).
    expect((await offerOf(ctx, "MCOEV")).status).toBe("available");
    expect((await offerOf(ctx, "MCOPSTN1")).reasons[0]).toMatchObject({ code: "PREREQUISITE_MISSING", ruleId: "R-CP-1" });
    const ps = await buy(ctx, { sku: "MCOEV", quantity: 5 });
    expect(ps.unlocks).toEqual(expect.arrayContaining(["MCOPSTN1", "MCOPSTN2"]));
    expect((await offerOf(ctx, "MCOPSTN1")).status).toBe("available");
    const cp = await buy(ctx, { sku: "MCOPSTN1", quantity: 5 });
    expect(cp.subscription).toMatchObject({ sku: "MCOPSTN1", quantity: 5 });

    expect((await db.purchase.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { at: "asc" } })).map((p) => p.sku).sort()).toEqual(
      ["MCOEV", "MCOMEETADV", "MCOPSTN1", "MCOPSTNC"].sort(),
    );
    const events = await listEvents(ctx.access);
    expect(events.filter((e) => e.outcome === "denied").map((e) => e.target)).toEqual(["MCOEV"]);
    expect(events.filter((e) => e.action === "plan.switch").map((e) => e.target)).toEqual(["O365_BUSINESS_PREMIUM -> ENTERPRISEPACK"]);
  });

  it("GoDaddy Business Premium: switching to E5 is refused (R-GD-1); switching to E3 leaves GoDaddy and opens the add-ons", async () => {
    const ctx = await setup({ plan: "O365_BUSINESS_PREMIUM", channel: "godaddy", seats: 8 });
    const err = await expectRefusal(ctx, () => switchPlan(ctx.access, "ENTERPRISEPREMIUM"), "RESELLER_GODADDY", "R-GD-1");
    expect(err.body.remedies).toEqual([{ action: "switchPlan", to: ["ENTERPRISEPACK"] }]);
    const { targets } = await getSwitchTargets(ctx.access);
    expect(targets.filter((t) => t.allowed).map((t) => t.to)).toEqual(["ENTERPRISEPACK"]);

    const switched = await switchPlan(ctx.access, "ENTERPRISEPACK");
    expect(switched.switch.leftGoDaddy).toBe(true);
    expect(switched).toMatchObject({ plan: "ENTERPRISEPACK", channel: "direct" });
    expect((await getDb().tenant.findUniqueOrThrow({ where: { id: ctx.tenantId } })).channel).toBe("direct");
    const offers = await getOffers(ctx.access);
    expect(offers.filter((o) => ["MCOEV", "MCOMEETADV"].includes(o.sku)).map((o) => o.status)).toEqual(["available", "available"]);
    await buy(ctx, { sku: "MCOEV", quantity: 2 });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 2 });
  });

  it("a switch that would take Phone System from assigned Calling Plans is refused (R-ASG-CP-PS)", async () => {
    const ctx = await setup(
      { plan: "ENTERPRISEPREMIUM", seats: 5 },
      { users: users(2, ["ENTERPRISEPREMIUM", "MCOPSTN1"]), extraSubscriptions: [{ sku: "MCOPSTN1", quantity: 2, commercial: true }] },
    );
    await expectRefusal(ctx, () => switchPlan(ctx.access, "ENTERPRISEPACK"), "DEPENDENCY_VIOLATION", "R-ASG-CP-PS");
  });

  it("credits sign-up opens the account with one funding ledger entry equal to the balance", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    await buy(ctx, { sku: "MCOMEETADV", quantity: 1 });
    const db = getDb();
    expect(await db.creditsLedgerEntry.count({ where: { tenantId: ctx.tenantId } })).toBe(0);
    await buy(ctx, { sku: "MCOPSTNC", amount: "75.50" });
    const ledger = await db.creditsLedgerEntry.findMany({ where: { tenantId: ctx.tenantId } });
    const account = await db.creditsAccount.findUniqueOrThrow({ where: { tenantId: ctx.tenantId } });
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ type: "funding", amountCents: 7550, balanceAfterCents: 7550 });
    expect(ledger[0].expiresAt).toBeInstanceOf(Date);
    expect(account).toMatchObject({ enabled: true, balanceCents: 7550, autoRechargeEnabled: false });
    expect(ledger[0].amountCents).toBe(account.balanceCents);
    const p = await db.purchase.findFirstOrThrow({ where: { tenantId: ctx.tenantId, sku: "MCOPSTNC" } });
    expect(p.amountCents).toBe(7550);
  });

  it("each purchase writes one subscription, one purchase row and one success audit event", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    const before = await tenantRows(ctx.tenantId);
    const body = await buy(ctx, { sku: "MCOEV", quantity: 4 });
    const after = await tenantRows(ctx.tenantId);
    expect(after.subscriptions).toHaveLength(before.subscriptions.length + 1);
    expect(after.purchases).toHaveLength(1);
    expect(after.purchases[0]).toMatchObject({
      id: body.purchase.id,
      sku: "MCOEV",
      quantity: 4,
      subscriptionId: body.subscription.id,
      actorEmail: ctx.actor.email,
    });
    expect(body.purchase.monthlyTotal).toBe(formatUsd(after.purchases[0].unitPriceCents * 4));
    const [event] = await listEvents(ctx.access, 1);
    expect(event).toMatchObject({ action: "purchase", target: "MCOEV", outcome: "success" });
  });
});

// ---------------------------------------------------------------- idempotency

describe("Idempotency-Key", () => {
  it("the same key and body twice: one purchase, the same answer, replayed the second time", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    const input: PurchaseInput = { sku: "MCOEV", quantity: 3 };
    const first = await purchase(ctx.access, input, "key-1");
    const second = await purchase(ctx.access, { ...input }, "key-1");
    expect(first.replayed).toBe(false);
    expect(second.replayed).toBe(true);
    expect(second.value).toEqual(first.value);
    const db = getDb();
    expect(await db.purchase.count({ where: { tenantId: ctx.tenantId } })).toBe(1);
    expect(await db.subscription.count({ where: { tenantId: ctx.tenantId, sku: "MCOEV" } })).toBe(1);
    expect((await listEvents(ctx.access)).filter((e) => e.action === "purchase")).toHaveLength(1);
    // Without a key, the same body is a second purchase.
    await buy(ctx, input);
    expect(await db.purchase.count({ where: { tenantId: ctx.tenantId } })).toBe(2);
  });

  it("the same key with another body is IDEMPOTENCY_KEY_REUSED (409) and writes nothing", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    await purchase(ctx.access, { sku: "MCOEV", quantity: 3 }, "key-2");
    await expectNothingWritten(ctx, () => purchase(ctx.access, { sku: "MCOEV", quantity: 4 }, "key-2"), "IDEMPOTENCY_KEY_REUSED", 409);
    await expectNothingWritten(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 3 }, "key-2"), "IDEMPOTENCY_KEY_REUSED", 409);
  });

  it("a key belongs to its tenant: the same key on another tenant is a new purchase", async () => {
    const a = await setup({ plan: "ENTERPRISEPACK" });
    const b = await setup({ plan: "ENTERPRISEPACK" });
    const ra = await purchase(a.access, { sku: "MCOEV", quantity: 1 }, "shared-key");
    const rb = await purchase(b.access, { sku: "MCOEV", quantity: 1 }, "shared-key");
    expect(rb.replayed).toBe(false);
    expect(rb.value.purchase.id).not.toBe(ra.value.purchase.id);
    expect(await getDb().purchase.count({ where: { tenantId: b.tenantId } })).toBe(1);
  });

  it("a refused purchase stores no answer: after unblocking, the same key buys", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK", commitment: "monthly" });
    await expectRefusal(ctx, () => purchase(ctx.access, { sku: "MCOEV", quantity: 1 }, "key-3"), "MONTHLY_COMMITMENT", "R-MC-1");
    await updateTenant(ctx.access, { commitment: "annual" });
    const res = await purchase(ctx.access, { sku: "MCOEV", quantity: 1 }, "key-3");
    expect(res).toMatchObject({ replayed: false, value: { purchase: { sku: "MCOEV" } } });
  });

  it("10 concurrent calls with one key: exactly one purchase and subscription, all answers identical", async () => {
    const ctx = await setup({ plan: "ENTERPRISEPACK" });
    const input: PurchaseInput = { sku: "MCOMEETADV", quantity: 7 };
    const results = await Promise.all(Array.from({ length: 10 }, () => purchase(ctx.access, { ...input }, "concurrent-key")));
    const db = getDb();
    expect(await db.purchase.count({ where: { tenantId: ctx.tenantId } })).toBe(1);
    expect(await db.subscription.count({ where: { tenantId: ctx.tenantId, sku: "MCOMEETADV" } })).toBe(1);
    for (const r of results) expect(r.value).toEqual(results[0].value);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect((await listEvents(ctx.access)).filter((e) => e.action === "purchase")).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- permissions

describe("permissions", () => {
  for (const role of ["LICENSE_ADMIN", "GLOBAL_READER"] as Role[]) {
    it(`a ${role} can read offers and switch targets but gets FORBIDDEN for purchase, seats and switch`, async () => {
      const owner = await setup({ plan: "O365_BUSINESS_PREMIUM" });
      const member = await makeActor(role);
      await addMember(owner.access, { email: member.email, role });
      const ctx: Ctx = { actor: member, access: await getTenantAccess(member, owner.tenantId), tenantId: owner.tenantId };
      expect(ctx.access.role).toBe(role);
      const [sub] = (await getTenantState(owner.access)).subscriptions;

      const offers = await getOffers(ctx.access);
      expect(offers.find((o) => o.sku === "MCOMEETADV")?.status).toBe("available");
      expect((await getSwitchTargets(ctx.access)).targets.length).toBeGreaterThan(0);

      await expectNothingWritten(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }), "FORBIDDEN", 403);
      await expectNothingWritten(ctx, () => purchase(ctx.access, { sku: "MCOMEETADV", quantity: 1 }, "k"), "FORBIDDEN", 403);
      await expectNothingWritten(ctx, () => changeSeats(ctx.access, sub.id, 20), "FORBIDDEN", 403);
      await expectNothingWritten(ctx, () => switchPlan(ctx.access, "ENTERPRISEPACK"), "FORBIDDEN", 403);
    });
  }

  it("a BILLING_ADMIN member can purchase, change seats and switch plans", async () => {
    const owner = await setup({ plan: "O365_BUSINESS_PREMIUM" });
    const billing = await makeActor("Billing");
    await addMember(owner.access, { email: billing.email, role: "BILLING_ADMIN" });
    const ctx: Ctx = { actor: billing, access: await getTenantAccess(billing, owner.tenantId), tenantId: owner.tenantId };
    const ac = await buy(ctx, { sku: "MCOMEETADV", quantity: 1 });
    expect((await changeSeats(ctx.access, ac.subscription.id, 2)).quantity).toBe(2);
    expect((await switchPlan(ctx.access, "ENTERPRISEPACK")).plan).toBe("ENTERPRISEPACK");
    expect((await getDb().purchase.findFirstOrThrow({ where: { tenantId: ctx.tenantId } })).actorEmail).toBe(billing.email);
  });
});

// ---------------------------------------------------------------- audit trail: the rules that allowed it

describe("success audit events name the rules that allowed them (allowedBy, then recommendations)", () => {
  it("R-AC-BP: Audio Conferencing on Business Premium; seats (R-ASG-SEAT) and the switch (A-19) likewise", async () => {
    const ctx = await setup({ plan: "O365_BUSINESS_PREMIUM" });
    const ac = await buy(ctx, { sku: "MCOMEETADV", quantity: 2 });
    const [bought] = await listEvents(ctx.access, 1);
    expect(bought).toMatchObject({ action: "purchase", target: "MCOMEETADV", outcome: "success" });
    expect(bought.ruleIds).toEqual(expect.arrayContaining(["R-AC-BP", "R-AC-PPS2"]));
    expect(bought.ruleIds.indexOf("R-AC-BP")).toBe(0);
    expect(new Set(bought.ruleIds).size).toBe(bought.ruleIds.length);

    await changeSeats(ctx.access, ac.subscription.id, 3);
    const [seats] = await listEvents(ctx.access, 1);
    expect(seats).toMatchObject({ action: "subscription.seats", outcome: "success" });
    expect(seats.ruleIds).toEqual(["R-ASG-SEAT", "R-AC-BP", "R-AC-PPS2"]);

    await switchPlan(ctx.access, "ENTERPRISEPACK");
    const [switched] = await listEvents(ctx.access, 1);
    expect(switched).toMatchObject({ action: "plan.switch", outcome: "success", ruleIds: ["A-19"] });
  });
});
