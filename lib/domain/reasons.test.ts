import { describe, expect, it } from "vitest";
import { deny, describeDenial, recommend } from "./reasons";
import { RULES } from "./rule-index";
import type { DenialCode } from "./types";

const CODES: DenialCode[] = [
  "NO_BASE_PLAN",
  "CLOUD_21VIANET",
  "RESELLER_GODADDY",
  "MONTHLY_COMMITMENT",
  "PARTNER_E3_SEAT_REQUIRED",
  "ALREADY_INCLUDED",
  "PLAN_SWITCH_REQUIRED",
  "PREREQUISITE_MISSING",
  "COUNTRY_NOT_AVAILABLE",
  "ORG_TYPE_NOT_AVAILABLE",
  "INSUFFICIENT_LICENSES",
  "SEATS_IN_USE",
  "DEPENDENCY_VIOLATION",
  "MUTUALLY_EXCLUSIVE",
  "HYBRID_USER_CALLING_PLAN",
  "USAGE_LOCATION_REQUIRED",
  "CREDITS_NOT_SET_UP",
  "NUMBER_CAPACITY_EXCEEDED",
  "NUMBER_IN_USE",
  "AMOUNT_BELOW_MINIMUM",
  "INSUFFICIENT_FUNDS",
  "VALIDATION_FAILED",
  "NOT_FOUND",
];

describe("reasons: one place for wording", () => {
  it("every rule has a page#anchor doc and a title", () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(rule.doc, id).toMatch(/^[a-z0-9-]+#[A-Za-z0-9_-]+$/);
      expect(rule.title.length, id).toBeGreaterThan(5);
    }
  });

  it.each(CODES)("%s has a sentence of our own", (code) => {
    const text = describeDenial(code, "R-CP-1", { sku: "MCOPSTN1", country: "JP", minimumCents: 2000 });
    expect(text.length).toBeGreaterThan(30);
    expect(text).toMatch(/[.!]$/);
  });

  it("deny builds the api.md error object with the rule's doc", () => {
    const reason = deny("PREREQUISITE_MISSING", "R-CP-1", {
      remedies: [{ action: "purchase", sku: "MCOEV" }],
      details: { sku: "MCOPSTN1" },
    });
    expect(reason).toEqual({
      code: "PREREQUISITE_MISSING",
      ruleId: "R-CP-1",
      doc: "skype-for-business-and-microsoft-teams-add-on-licensing#bkmk_whichaddons",
      remedies: [{ action: "purchase", sku: "MCOEV" }],
      details: { sku: "MCOPSTN1" },
      message: expect.stringContaining("Phone System"),
    });
  });

  it("variants: R-AC-E5N-a and R-GEO-1 share a code but explain differently; R-GEO-2 by tenant vs user", () => {
    const a = describeDenial("COUNTRY_NOT_AVAILABLE", "R-AC-E5N-a", { countryName: "India" });
    const geo = describeDenial("COUNTRY_NOT_AVAILABLE", "R-GEO-1", { countryName: "India" });
    expect(a).not.toBe(geo);
    expect(a).toContain("India");
    const tenantLevel = describeDenial("COUNTRY_NOT_AVAILABLE", "R-GEO-2", { countryName: "Japan" });
    const userLevel = describeDenial("COUNTRY_NOT_AVAILABLE", "R-GEO-2", { countryName: "Japan", scope: "usageLocation" });
    expect(tenantLevel).not.toBe(userLevel);
  });

  it("A-8: the funding minimum is printed from cents", () => {
    expect(describeDenial("AMOUNT_BELOW_MINIMUM", "A-8", { minimumCents: 2000 })).toContain("$20.00");
  });

  it("recommend cites the rule and its doc (R-REC-E5, R-REC-AR)", () => {
    expect(recommend("R-REC-E5")).toMatchObject({ ruleId: "R-REC-E5", doc: RULES["R-REC-E5"].doc });
    expect(recommend("R-REC-AR").message).toMatch(/auto-recharge/);
  });
});
