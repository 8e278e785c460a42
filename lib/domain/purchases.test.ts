import { describe, expect, it } from "vitest";
import { decidePurchase, decideSeatChange } from "./offers";
import { tenant } from "./test-helpers";

const E3 = { plan: "ENTERPRISEPACK" } as const;

describe("decidePurchase", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, undefined])("SBX-QTY: quantity %s is refused", (quantity) => {
    const result = decidePurchase(tenant(E3), { sku: "MCOEV", quantity });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", ruleId: "SBX-QTY" } });
  });

  it("R-PS-E: Phone System on E3 is allowed, commercial, and unlocks both Calling Plans (R-CP-2)", () => {
    const result = decidePurchase(tenant(E3), { sku: "MCOEV", quantity: 5 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ sku: "MCOEV", quantity: 5, commercial: true });
    expect(result.value.unlocks).toEqual(["MCOPSTN1", "MCOPSTN2"]);
  });

  it("R-CC-1: a Calling Plan after Phone System unlocks Communications Credits", () => {
    const result = decidePurchase(tenant(E3, { MCOEV: 5 }), { sku: "MCOPSTN1", quantity: 5 });
    expect(result.ok && result.value.unlocks).toEqual(["MCOPSTNC"]);
  });

  it("R-AC-CC: Audio Conferencing unlocks credits and recommends setting them up", () => {
    const result = decidePurchase(tenant(E3), { sku: "MCOMEETADV", quantity: 2 });
    expect(result.ok && result.value.unlocks).toEqual(["MCOPSTNC"]);
    expect(result.ok && result.value.recommendations.map((r) => r.ruleId)).toContain("R-AC-CC");
  });

  it("R-ADM-1: buying the first plan unlocks add-ons", () => {
    const result = decidePurchase(tenant({ plan: null }), { sku: "ENTERPRISEPACK", quantity: 10 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.unlocks).toEqual(expect.arrayContaining(["MCOEV", "MCOMEETADV"]));
    expect(result.value.unlocks).not.toContain("MCOPSTN1");
  });

  it("R-PART-1: the partner's first purchased E3 seat unlocks Phone System and AC", () => {
    const s = tenant({ ...E3, channel: "partner" });
    const actionPack = { ...s, subscriptions: s.subscriptions.map((sub) => ({ ...sub, commercial: false })) };
    const result = decidePurchase(actionPack, { sku: "ENTERPRISEPACK", quantity: 1 });
    expect(result.ok && result.value.unlocks).toEqual(["MCOMEETADV", "MCOEV"]);
  });

  it("refusals answer the offer's first reason (R-CP-1)", () => {
    expect(decidePurchase(tenant(E3), { sku: "MCOPSTN1", quantity: 1 })).toMatchObject({
      ok: false,
      error: { code: "PREREQUISITE_MISSING", ruleId: "R-CP-1", remedies: [{ action: "purchase", sku: "MCOEV" }] },
    });
  });

  it("R-AC-E5: buying something the plan includes is ALREADY_INCLUDED", () => {
    expect(decidePurchase(tenant({ plan: "ENTERPRISEPREMIUM" }), { sku: "MCOMEETADV", quantity: 1 })).toMatchObject({
      ok: false,
      error: { code: "ALREADY_INCLUDED", ruleId: "R-AC-E5" },
    });
  });

  it("SBX-ONE-PLAN: a second plan is bought by switching", () => {
    expect(decidePurchase(tenant(E3), { sku: "ENTERPRISEPREMIUM", quantity: 1 })).toMatchObject({
      ok: false,
      error: { code: "PLAN_SWITCH_REQUIRED", ruleId: "SBX-ONE-PLAN", remedies: [{ action: "switchPlan", to: ["ENTERPRISEPREMIUM"] }] },
    });
  });
});

describe("decideSeatChange", () => {
  const s = { ...tenant(E3, { MCOEV: 10 }), assignedCounts: { ENTERPRISEPACK: 10, MCOEV: 7 } };

  it("R-ASG-SEAT: cannot go below the seats assigned -> SEATS_IN_USE", () => {
    expect(decideSeatChange(s, "MCOEV", 6)).toMatchObject({
      ok: false,
      error: { code: "SEATS_IN_USE", ruleId: "R-ASG-SEAT", details: { assigned: 7, requested: 6, minimum: 7 } },
    });
  });

  it("R-ASG-SEAT: down to exactly the assigned count is fine", () => {
    expect(decideSeatChange(s, "MCOEV", 7)).toEqual({
      ok: true,
      value: { subscriptionId: expect.any(String), sku: "MCOEV", fromQuantity: 10, toQuantity: 7, delta: -3, allowedBy: ["R-ASG-SEAT"] },
    });
  });

  it("R-ASG-SEAT: seats on another subscription of the same sku count", () => {
    const two = tenant(E3, { MCOEV: 5 });
    const more = {
      ...two,
      subscriptions: [
        ...two.subscriptions,
        { id: "second", sku: "MCOEV" as const, quantity: 5, commercial: true, status: "active" as const },
      ],
      assignedCounts: { MCOEV: 7 },
    };
    expect(decideSeatChange(more, "MCOEV", 2, "second").ok).toBe(true);
    expect(decideSeatChange(more, "MCOEV", 1, "second")).toMatchObject({
      ok: false,
      error: { code: "SEATS_IN_USE", details: { minimum: 2 } },
    });
  });

  it("plan seats follow the same rule", () => {
    expect(decideSeatChange(s, "ENTERPRISEPACK", 9)).toMatchObject({ ok: false, error: { code: "SEATS_IN_USE" } });
    expect(decideSeatChange(s, "ENTERPRISEPACK", 30).ok).toBe(true);
  });

  it("R-MC-1: adding seats is a purchase and passes the same gates", () => {
    const monthly = { ...s, commitment: "monthly" as const };
    expect(decideSeatChange(monthly, "MCOEV", 12)).toMatchObject({ ok: false, error: { code: "MONTHLY_COMMITMENT", ruleId: "R-MC-1" } });
    expect(decideSeatChange(monthly, "MCOEV", 8).ok).toBe(true); // releasing seats is always possible
  });

  it("SBX-QTY: the new quantity must be a whole number >= 1; NOT_FOUND without a subscription", () => {
    expect(decideSeatChange(s, "MCOEV", 0)).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", ruleId: "SBX-QTY" } });
    expect(decideSeatChange(s, "MCOEV", 2.5)).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED" } });
    expect(decideSeatChange(s, "MCOMEETADV", 3)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(decideSeatChange(s, "MCOEV", 3, "nope")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("R-CC-3: Communications Credits have no seat count", () => {
    expect(decideSeatChange(tenant(E3, { MCOPSTNC: 1 }), "MCOPSTNC", 5)).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_FAILED", ruleId: "R-CC-3" },
    });
  });
});
