import { describe, expect, it } from "vitest";
import { makeSnapshot } from "./fixtures";
import { comesWithActionPack, decideSituationChange, type SituationChange, type SubscriptionUpdate } from "./situation";
import type { SkuPartNumber, SubscriptionSnapshot, TenantSnapshot } from "./types";

function sub(id: string, sku: SkuPartNumber, commercial = true, status: SubscriptionSnapshot["status"] = "active"): SubscriptionSnapshot {
  return { id, sku, quantity: 5, commercial, status };
}

/** Direct E3 tenant: the plan subscription, E3 seats bought later, and Phone System. */
const directE3 = makeSnapshot({
  plan: "ENTERPRISEPACK",
  subscriptions: [sub("e3", "ENTERPRISEPACK"), sub("e3-more", "ENTERPRISEPACK"), sub("ps", "MCOEV")],
});
/** Partner E3 tenant: Action Pack E3, one bought E3 seat, Phone System. */
const partnerE3 = makeSnapshot({
  plan: "ENTERPRISEPACK",
  channel: "partner",
  subscriptions: [sub("pack", "ENTERPRISEPACK", false), sub("bought", "ENTERPRISEPACK"), sub("ps", "MCOEV")],
});
const directE5 = makeSnapshot({
  plan: "ENTERPRISEPREMIUM",
  subscriptions: [sub("e5", "ENTERPRISEPREMIUM"), sub("cp", "MCOPSTN1", true, "suspended")],
});

interface Case {
  label: string;
  snapshot: TenantSnapshot;
  change: SituationChange;
  updates: SubscriptionUpdate[];
  ruleIds: string[];
}

const cases: Case[] = [
  {
    label: "R-PART-1 / A-17: becoming a partner puts every E3 subscription of an E3 tenant in the Action Pack",
    snapshot: directE3,
    change: { channel: "partner" },
    updates: [
      { id: "e3", commercial: false },
      { id: "e3-more", commercial: false },
    ],
    ruleIds: ["R-PART-1", "A-17"],
  },
  {
    label: "R-PART-1: a partner on another plan has no Action Pack seats; nothing changes",
    snapshot: directE5,
    change: { channel: "partner" },
    updates: [],
    ruleIds: [],
  },
  {
    label: "A-17: leaving the partner channel makes the Action Pack seats commercial",
    snapshot: partnerE3,
    change: { channel: "direct" },
    updates: [{ id: "pack", commercial: true }],
    ruleIds: ["R-PART-1", "A-17"],
  },
  {
    label: "R-PART-1: staying a partner changes nothing",
    snapshot: partnerE3,
    change: { channel: "partner" },
    updates: [],
    ruleIds: [],
  },
  {
    label: "R-GD-1: direct to GoDaddy changes no subscription",
    snapshot: directE3,
    change: { channel: "godaddy" },
    updates: [],
    ruleIds: [],
  },
  {
    label: "R-MC-1: a monthly commitment sets every subscription's term, suspended ones too",
    snapshot: directE5,
    change: { commitment: "monthly" },
    updates: [
      { id: "e5", term: "monthly" },
      { id: "cp", term: "monthly" },
    ],
    ruleIds: ["R-MC-1"],
  },
  {
    label: "R-MC-1: the current commitment again changes nothing",
    snapshot: directE5,
    change: { commitment: "annual" },
    updates: [],
    ruleIds: [],
  },
  {
    label: "R-MC-1 / R-PART-1: both at once merge into one update per subscription, in snapshot order",
    snapshot: partnerE3,
    change: { channel: "direct", commitment: "monthly" },
    updates: [
      { id: "pack", commercial: true, term: "monthly" },
      { id: "bought", term: "monthly" },
      { id: "ps", term: "monthly" },
    ],
    ruleIds: ["R-PART-1", "A-17", "R-MC-1"],
  },
  {
    label: "R-ADM-1: a tenant without subscriptions has nothing to update",
    snapshot: makeSnapshot({ plan: null }),
    change: { channel: "partner", commitment: "monthly" },
    updates: [],
    ruleIds: [],
  },
];

describe("decideSituationChange", () => {
  it.each(cases)("$label", ({ snapshot, change, updates, ruleIds }) => {
    expect(decideSituationChange(snapshot, change)).toEqual({ subscriptionUpdates: updates, ruleIds });
  });

  it("R-PART-1: after becoming a partner, the tenant looks like one created as a partner (comesWithActionPack)", () => {
    const { subscriptionUpdates } = decideSituationChange(directE3, { channel: "partner" });
    const after = directE3.subscriptions.map((s) => ({ ...s, ...subscriptionUpdates.find((u) => u.id === s.id) }));
    for (const s of after) expect(s.commercial, s.id).toBe(!comesWithActionPack("partner", s.sku));
  });

  it("A-17: leaving and coming back restores the Action Pack", () => {
    const left = decideSituationChange(partnerE3, { channel: "direct" });
    const direct = {
      ...partnerE3,
      channel: "direct" as const,
      subscriptions: partnerE3.subscriptions.map((s) => ({ ...s, ...left.subscriptionUpdates.find((u) => u.id === s.id) })),
    };
    expect(decideSituationChange(direct, { channel: "partner" }).subscriptionUpdates).toEqual([
      { id: "pack", commercial: false },
      { id: "bought", commercial: false },
    ]);
  });
});
