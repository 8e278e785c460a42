import { describe, expect, it } from "vitest";
import { DEMO_SITUATIONS, makeSnapshot } from "./fixtures";
import { decideOffers } from "./offers";
import { buildHypotheticalSnapshot, type HypotheticalSituation } from "./what-if";
import { DEFAULT_POLICY, type TenantSnapshot } from "./types";

function situationOf(s: TenantSnapshot): HypotheticalSituation {
  return { country: s.country, orgType: s.orgType, cloud: s.cloud, channel: s.channel, commitment: s.commitment, plan: s.plan };
}

describe("buildHypotheticalSnapshot", () => {
  it.each(DEMO_SITUATIONS.map((d) => [d.key, d] as const))("gives the offers of the demo situation %s", (_key, demo) => {
    // Demo fixtures have 10 plan seats assigned; no offer depends on that.
    expect(decideOffers(buildHypotheticalSnapshot(situationOf(demo.snapshot)))).toEqual(decideOffers(demo.snapshot));
  });

  it("R-PART-1 / A-17: a partner's E3 plan seats come with the Action Pack; other plans are commercial", () => {
    const base = { country: "US", orgType: "commercial", cloud: "worldwide", channel: "partner", commitment: "annual" } as const;
    expect(buildHypotheticalSnapshot({ ...base, plan: "ENTERPRISEPACK" }).subscriptions[0].commercial).toBe(false);
    expect(buildHypotheticalSnapshot({ ...base, plan: "STANDARDPACK" }).subscriptions[0].commercial).toBe(true);
    // Buying one commercial E3 seat unlocks Phone System for the partner.
    const bought = buildHypotheticalSnapshot({ ...base, plan: "ENTERPRISEPACK", owned: { ENTERPRISEPACK: 1 } });
    expect(decideOffers(bought).find((o) => o.sku === "MCOEV")?.status).toBe("available");
  });

  it("R-CP-1, R-CC-2: owned add-ons are active commercial subscriptions; owning MCOPSTNC sets credits up", () => {
    const s = buildHypotheticalSnapshot({
      ...situationOf(makeSnapshot()),
      seats: 40,
      owned: { MCOEV: 5, MCOPSTNC: 1 },
      policy: { canadaCallingPlansPreview: true },
    });
    expect(s.subscriptions.map((x) => [x.sku, x.quantity, x.commercial])).toEqual([
      ["ENTERPRISEPACK", 40, true],
      ["MCOEV", 5, true],
      ["MCOPSTNC", 1, true],
    ]);
    expect(s.creditsEnabled).toBe(true);
    expect(s.policy).toEqual({ ...DEFAULT_POLICY, canadaCallingPlansPreview: true });
    expect(decideOffers(s).find((o) => o.sku === "MCOPSTN1")?.status).toBe("available");
  });

  it("R-ADM-1: no plan means no plan subscription", () => {
    expect(buildHypotheticalSnapshot({ ...situationOf(makeSnapshot()), plan: null }).subscriptions).toEqual([]);
  });
});
