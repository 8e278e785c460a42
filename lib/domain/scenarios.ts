/**
 * Built-in scenarios (issue 11): one per documented situation of the seed (fixtures.ts DEMO_SITUATIONS), each a
 * starting tenant document plus goals a trainer would set, each goal with a hint naming the rule and the
 * documentation section. Pure data: the goals are checks of goals.ts, never code written for one scenario.
 */
import { addMonths } from "./clock";
import { DEMO_SITUATIONS, type DemoSituation } from "./fixtures";
import type { Goal, GoalCheck } from "./goals";
import { formatUsd } from "./money";
import { ruleDoc } from "./rule-index";
import {
  TENANT_DOCUMENT_FORMAT,
  TENANT_DOCUMENT_VERSION,
  type DocumentTenant,
  type DocumentUser,
  type TenantDocument,
} from "./tenant-document";

export interface Scenario {
  id: string;
  title: string;
  description: string;
  builtIn: boolean;
  goals: Goal[];
  document: TenantDocument;
}

/** The sandbox clock every built-in scenario starts at. */
export const SCENARIO_START = "2026-01-05T09:00:00.000Z";
export const SCENARIO_DOMAIN = "contoso.test";

/** Pat and Lee hold the plan (Lee's calls go through an on-premises PBX); Sam has no license and no usage location. */
function usersOf(s: DemoSituation): DocumentUser[] {
  const plan = s.snapshot.plan ? [{ sku: s.snapshot.plan, disabledPlans: [] }] : [];
  const person = (name: string, displayName: string, extra: Partial<DocumentUser> = {}): DocumentUser => ({
    userPrincipalName: `${name}@${SCENARIO_DOMAIN}`,
    displayName,
    usageLocation: s.snapshot.country,
    kind: "person",
    pstnConnectivity: "online",
    licenses: plan,
    ...extra,
  });
  return [
    person("pat", "Pat Kim"),
    person("lee", "Lee Gu", { pstnConnectivity: "onPremises" }),
    person("sam", "Sam Ortiz", { usageLocation: null, licenses: [] }),
  ];
}

/** The starting document of a demo situation: its plan with 25 seats, three users, no add-ons, no credits. */
export function documentOfSituation(s: DemoSituation, name: string): TenantDocument {
  const snap = s.snapshot;
  const p = snap.policy;
  const tenant: DocumentTenant = {
    name,
    country: snap.country,
    orgType: snap.orgType,
    cloud: snap.cloud,
    channel: snap.channel,
    commitment: snap.commitment,
    plan: snap.plan,
    policy: {
      monthlyCommitmentBlocksAddOns: p.monthlyCommitmentBlocksAddOns,
      sfbPlan2PhoneSystem: p.sfbPlan2PhoneSystem,
      canadaCallingPlansPreview: p.canadaCallingPlansPreview,
      minimumFundingUsd: formatUsd(p.minimumFundingCents),
      callingPlanPurchaseCountry: p.callingPlanPurchaseCountry,
      diPoolExhaustion: p.diPoolExhaustion,
      creditsInBahrainBrazilBrunei: p.creditsInBahrainBrazilBrunei,
      phoneSystemOn21Vianet: p.phoneSystemOn21Vianet,
    },
    now: SCENARIO_START,
    subscriptions: snap.subscriptions.map((sub) => ({
      sku: sub.sku,
      quantity: sub.quantity,
      commercial: sub.commercial,
      status: sub.status,
      term: snap.commitment,
      createdAt: SCENARIO_START,
      renewsAt: addMonths(SCENARIO_START, snap.commitment === "annual" ? 12 : 1),
    })),
    purchases: [],
    users: usersOf(s),
    phoneNumbers: [],
    credits: {
      enabled: false,
      balance: "0.00",
      autoRecharge: { enabled: false, threshold: "10.00", amount: "50.00" },
      paymentCard: { outcome: "succeed", consecutiveFailures: 0, lastFailureAt: null },
      lots: [],
      ledger: [],
      pools: [],
      notifications: [],
    },
  };
  return { format: TENANT_DOCUMENT_FORMAT, version: TENANT_DOCUMENT_VERSION, exportedAt: SCENARIO_START, tenant };
}

const PAT = `pat@${SCENARIO_DOMAIN}`;
const SAM = `sam@${SCENARIO_DOMAIN}`;

function goal(id: string, text: string, check: GoalCheck, ruleId: string, hint: string): Goal {
  return { id, text, check, hint: { ruleId, doc: ruleDoc(ruleId), text: hint } };
}

const makeAcPurchasable = (rule: string, hint: string) =>
  goal("ac-available", "Make Audio Conferencing purchasable", { type: "offerStatus", sku: "MCOMEETADV", status: "available" }, rule, hint);
const buyPhoneSystem = (rule: string) =>
  goal(
    "own-phone-system",
    "Buy Phone System for at least 5 people",
    { type: "owns", sku: "MCOEV", minQuantity: 5 },
    rule,
    "Phone System comes before any Calling Plan.",
  );
const patCalls = goal(
  "pat-domestic",
  "Let Pat make domestic calls",
  { type: "userCanCall", user: PAT, callType: "domesticCall" },
  "R-CP-1",
  "Pat needs Phone System and a Calling Plan (or credits) to reach the phone network.",
);
const autoRecharge = goal(
  "auto-recharge",
  "Turn on auto-recharge so dial-out never stops",
  { type: "creditsAutoRecharge", enabled: true },
  "R-CC-3",
  "Communications Credits top themselves up when the balance falls below the threshold.",
);
const fund50 = goal(
  "fund-50",
  "Put at least $50 of Communications Credits in the account",
  { type: "balanceAtLeast", amount: "50.00" },
  "R-CC-1",
  "Set up Communications Credits first, then add funds.",
);

/** Goals per situation key (DEMO_SITUATIONS), written as a trainer would set them. */
const GOALS: Record<string, { title: string; description: string; goals: Goal[] }> = {
  "no-plan": {
    title: "Start from nothing",
    description: "A brand-new tenant with no plan: nothing can be added until a base plan is bought.",
    goals: [
      goal(
        "buy-plan",
        "Buy Enterprise E3 as the base plan",
        { type: "plan", is: "ENTERPRISEPACK" },
        "R-ADM-1",
        "Add-ons appear only once a base plan is bought.",
      ),
      goal(
        "ps-available",
        "Make Phone System purchasable",
        { type: "offerStatus", sku: "MCOEV", status: "available" },
        "R-ADM-1",
        "What a plan offers decides which add-ons show up.",
      ),
    ],
  },
  "bp-direct": {
    title: "Business Premium, straight from Microsoft",
    description: "Business Premium bought directly: Audio Conferencing can be added, Phone System can't without a plan switch.",
    goals: [
      goal(
        "own-ac",
        "Buy Audio Conferencing for 5 people",
        { type: "owns", sku: "MCOMEETADV", minQuantity: 5 },
        "R-AC-BP",
        "Business Premium can buy Audio Conferencing as an add-on.",
      ),
      goal(
        "pat-ac",
        "Give Pat Audio Conferencing",
        { type: "userHasLicenses", user: PAT, skus: ["MCOMEETADV"] },
        "R-ASG-AC",
        "Assign the add-on in Users after buying it.",
      ),
      goal(
        "ps-available",
        "Make Phone System purchasable",
        { type: "offerStatus", sku: "MCOEV", status: "available" },
        "R-PS-BP",
        "Business Premium has to move to an Enterprise plan first.",
      ),
    ],
  },
  "bp-godaddy": {
    title: "Business Premium through GoDaddy",
    description: "Bought through GoDaddy: add-ons can't be bought here until the tenant moves to a Microsoft-sold plan.",
    goals: [
      makeAcPurchasable("R-GD-1", "GoDaddy tenants leave the reseller by switching to a Microsoft-sold E3."),
      goal(
        "plan-e3",
        "Move the tenant to Enterprise E3",
        { type: "plan", is: "ENTERPRISEPACK" },
        "R-GD-1",
        "The switch to E3 is the way out of the GoDaddy block.",
      ),
    ],
  },
  "e3-monthly": {
    title: "E3 on a monthly commitment",
    description: "A month-to-month commitment blocks add-on purchases until the commitment is annual.",
    goals: [
      goal(
        "annual",
        "Move the tenant to an annual commitment",
        { type: "commitment", is: "annual" },
        "R-MC-1",
        "Monthly commitments can't take add-ons.",
      ),
      buyPhoneSystem("R-PS-E"),
    ],
  },
  proplus: {
    title: "Office 365 ProPlus",
    description: "ProPlus can buy Audio Conferencing, but Phone System needs a plan switch.",
    goals: [
      goal(
        "own-ac",
        "Buy Audio Conferencing for 5 people",
        { type: "owns", sku: "MCOMEETADV", minQuantity: 5 },
        "R-AC-PPS2",
        "ProPlus buys Audio Conferencing as an add-on.",
      ),
      goal(
        "ps-available",
        "Make Phone System purchasable",
        { type: "offerStatus", sku: "MCOEV", status: "available" },
        "R-PS-PP",
        "ProPlus has to switch plans for Phone System.",
      ),
    ],
  },
  "sfb-plan2": {
    title: "Skype for Business Online Plan 2",
    description: "Plan 2 buys Audio Conferencing and, in this sandbox's default reading, Phone System.",
    goals: [
      buyPhoneSystem("R-PS-S2"),
      goal(
        "own-ac",
        "Buy Audio Conferencing for 5 people",
        { type: "owns", sku: "MCOMEETADV", minQuantity: 5 },
        "R-AC-PPS2",
        "Plan 2 can buy Audio Conferencing.",
      ),
    ],
  },
  e1: {
    title: "Enterprise E1: a phone for Pat",
    description: "E1 buys Phone System, then a Calling Plan.",
    goals: [
      buyPhoneSystem("R-PS-E"),
      goal(
        "own-cp",
        "Buy a Domestic Calling Plan",
        { type: "owns", sku: "MCOPSTN1" },
        "R-CP-2",
        "With Phone System bought, Calling Plans become purchasable.",
      ),
      patCalls,
    ],
  },
  e3: {
    title: "Enterprise E3: phones and credits",
    description: "E3 with everything still to buy: Phone System, a Calling Plan and Communications Credits.",
    goals: [
      goal(
        "pat-phone",
        "Give Pat Phone System and a Domestic Calling Plan",
        { type: "userHasLicenses", user: PAT, skus: ["MCOEV", "MCOPSTN1"] },
        "R-ASG-CP",
        "Phone System must be assigned before the Calling Plan.",
      ),
      patCalls,
      fund50,
      autoRecharge,
    ],
  },
  e4: {
    title: "Enterprise E4",
    description: "E4 buys Phone System and Calling Plans like E3.",
    goals: [
      buyPhoneSystem("R-PS-E"),
      goal(
        "sam-ps",
        "Give Sam Phone System",
        { type: "userHasLicenses", user: SAM, skus: ["MCOEV"] },
        "R-ASG-LOC",
        "Sam needs a usage location before any license.",
      ),
    ],
  },
  "e5-noac-fr": {
    title: "E5 without Audio Conferencing, France",
    description: "E5 without Audio Conferencing in a country where Audio Conferencing is sold: switch to full E5.",
    goals: [
      goal(
        "plan-e5",
        "Move the tenant to full E5",
        { type: "plan", is: "ENTERPRISEPREMIUM" },
        "R-AC-E5N-b",
        "Where Audio Conferencing is sold, the way to it is E5 with it included.",
      ),
      goal(
        "ac-included",
        "Have Audio Conferencing come with the plan",
        { type: "offerStatus", sku: "MCOMEETADV", status: "included" },
        "R-AC-E5",
        "Full E5 includes Audio Conferencing.",
      ),
    ],
  },
  "e5-noac-in": {
    title: "E5 without Audio Conferencing, India",
    description: "E5 without Audio Conferencing in a country where Audio Conferencing isn't sold.",
    goals: [
      goal(
        "pat-ps",
        "Give Pat Phone System",
        { type: "userHasLicenses", user: PAT, skus: ["MCOEV"] },
        "R-PS-E5",
        "Phone System is part of E5: assign it, don't buy it.",
      ),
      fund50,
      autoRecharge,
    ],
  },
  e5: {
    title: "Enterprise E5: credits for dial-out",
    description: "E5 includes Phone System and Audio Conferencing; dial-out and calls still need credits or a Calling Plan.",
    goals: [patCalls, fund50, autoRecharge],
  },
  partner: {
    title: "Partner with an Action Pack",
    description: "An Action Pack partner's E3 seats came with the pack: one purchased E3 seat unlocks the add-ons.",
    goals: [
      goal(
        "ps-available",
        "Make Phone System purchasable",
        { type: "offerStatus", sku: "MCOEV", status: "available" },
        "R-PART-1",
        "One commercial E3 seat unlocks the add-ons.",
      ),
      buyPhoneSystem("R-PART-1"),
    ],
  },
  "21vianet": {
    title: "Operated by 21Vianet",
    description: "Office 365 operated by 21Vianet: most add-ons aren't offered there.",
    goals: [
      buyPhoneSystem("R-21V-1"),
      goal(
        "pat-ps",
        "Give Pat Phone System",
        { type: "userHasLicenses", user: PAT, skus: ["MCOEV"] },
        "R-21V-1",
        "Phone System stays available on 21Vianet in this sandbox.",
      ),
    ],
  },
};

export const BUILT_IN_SCENARIOS: readonly Scenario[] = DEMO_SITUATIONS.filter((d) => d.key in GOALS).map((d) => {
  const g = GOALS[d.key];
  return {
    id: `builtin-${d.key}`,
    title: g.title,
    description: `${d.label}. ${g.description}`,
    builtIn: true,
    goals: g.goals,
    document: documentOfSituation(d, d.label),
  };
});

export function findBuiltInScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
