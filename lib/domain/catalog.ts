/**
 * The SKU catalog: what each plan and add-on is, what a plan already contains, and which licenses
 * may not sit together on one user.
 *
 * Sources: catalogue §1 (what each plan includes), graph-licensing-notes §4.2 (skuId / service plan
 * GUIDs) and §4.3 (mutually exclusive service plans). GUIDs come from graph-skus.data.ts.
 */
import { ADDON_SKUS, ALL_SKUS, PLAN_SKUS, type AddonSku, type PlanSku, type SkuPartNumber } from "./types";
import { GRAPH_SERVICE_PLAN_IDS as ID, GRAPH_SKU_IDS } from "./graph-skus.data";

/** Non-SKU features a plan may contain (used in `SkuInfo.includes` next to SKU part numbers). */
export const FEATURES = {
  voicemail: "voicemail",
  exchangePlan1: "exchangeOnlinePlan1",
  sfbPlan1: "skypeForBusinessOnlinePlan1",
  officeApps: "officeApps",
} as const;

export interface ServicePlanRef {
  servicePlanName: string;
  servicePlanId: string;
}

export interface SkuInfo {
  sku: SkuPartNumber;
  /** Graph skuId GUID (graph-skus.data.ts). */
  skuId: string;
  name: string;
  kind: "plan" | "addon";
  /** SKU part numbers (add-ons or a contained plan such as MCOSTANDARD) and FEATURES values. */
  includes: string[];
  servicePlans: ServicePlanRef[];
  /** ILLUSTRATIVE sandbox list price per seat per month, integer cents; the docs give no prices (catalogue §8). */
  monthlyPriceCents: number;
}

/** Service plans of graph-licensing-notes §4.2/§4.3. */
const SP = {
  EXCHANGE_S_STANDARD: { servicePlanName: "EXCHANGE_S_STANDARD", servicePlanId: ID.EXCHANGE_S_STANDARD },
  EXCHANGE_S_ENTERPRISE: { servicePlanName: "EXCHANGE_S_ENTERPRISE", servicePlanId: ID.EXCHANGE_S_ENTERPRISE },
  MCOSTANDARD: { servicePlanName: "MCOSTANDARD", servicePlanId: ID.MCOSTANDARD },
  MCOSTANDARD_MIDMARKET: { servicePlanName: "MCOSTANDARD_MIDMARKET", servicePlanId: ID.MCOSTANDARD_MIDMARKET },
  MCOIMP: { servicePlanName: "MCOIMP", servicePlanId: ID.MCOIMP },
  TEAMS1: { servicePlanName: "TEAMS1", servicePlanId: ID.TEAMS1 },
  MCOEV: { servicePlanName: "MCOEV", servicePlanId: ID.MCOEV },
  MCOMEETADV: { servicePlanName: "MCOMEETADV", servicePlanId: ID.MCOMEETADV },
  MCOPSTN1: { servicePlanName: "MCOPSTN1", servicePlanId: ID.MCOPSTN1 },
  MCOPSTN2: { servicePlanName: "MCOPSTN2", servicePlanId: ID.MCOPSTN2 },
  MCOPSTNC: { servicePlanName: "MCOPSTNC", servicePlanId: ID.MCOPSTNC },
  OFFICESUBSCRIPTION: { servicePlanName: "OFFICESUBSCRIPTION", servicePlanId: ID.OFFICESUBSCRIPTION },
} satisfies Record<string, ServicePlanRef>;

export const SKU_CATALOG: Record<SkuPartNumber, SkuInfo> = {
  // catalogue §1: Business Premium includes SfB Online Plan 2 (M:78) but can't take cloud voice.
  O365_BUSINESS_PREMIUM: {
    sku: "O365_BUSINESS_PREMIUM",
    skuId: GRAPH_SKU_IDS.O365_BUSINESS_PREMIUM,
    name: "Office 365 Business Premium",
    kind: "plan",
    includes: ["MCOSTANDARD", FEATURES.exchangePlan1, FEATURES.officeApps],
    servicePlans: [SP.MCOSTANDARD_MIDMARKET, SP.TEAMS1],
    monthlyPriceCents: 1250,
  },
  OFFICESUBSCRIPTION: {
    sku: "OFFICESUBSCRIPTION",
    skuId: GRAPH_SKU_IDS.OFFICESUBSCRIPTION,
    name: "Office 365 ProPlus",
    kind: "plan",
    includes: [FEATURES.officeApps],
    servicePlans: [SP.OFFICESUBSCRIPTION],
    monthlyPriceCents: 1200,
  },
  MCOIMP: {
    sku: "MCOIMP",
    skuId: GRAPH_SKU_IDS.MCOIMP,
    name: "Skype for Business Online (Plan 1)",
    kind: "plan",
    includes: [FEATURES.sfbPlan1],
    servicePlans: [SP.MCOIMP],
    monthlyPriceCents: 200,
  },
  MCOSTANDARD: {
    sku: "MCOSTANDARD",
    skuId: GRAPH_SKU_IDS.MCOSTANDARD,
    name: "Skype for Business Online (Plan 2)",
    kind: "plan",
    includes: [],
    servicePlans: [SP.MCOSTANDARD],
    monthlyPriceCents: 550,
  },
  STANDARDPACK: {
    sku: "STANDARDPACK",
    skuId: GRAPH_SKU_IDS.STANDARDPACK,
    name: "Office 365 Enterprise E1",
    kind: "plan",
    includes: ["MCOSTANDARD", FEATURES.exchangePlan1],
    servicePlans: [SP.EXCHANGE_S_STANDARD, SP.MCOSTANDARD, SP.TEAMS1],
    monthlyPriceCents: 800,
  },
  ENTERPRISEPACK: {
    sku: "ENTERPRISEPACK",
    skuId: GRAPH_SKU_IDS.ENTERPRISEPACK,
    name: "Office 365 Enterprise E3",
    kind: "plan",
    // M:123: E3 is the example suite that comes with Exchange Online Plan 2.
    includes: ["MCOSTANDARD", "EXCHANGEENTERPRISE", FEATURES.officeApps],
    servicePlans: [SP.EXCHANGE_S_ENTERPRISE, SP.MCOSTANDARD, SP.TEAMS1],
    monthlyPriceCents: 2000,
  },
  ENTERPRISEWITHSCAL: {
    sku: "ENTERPRISEWITHSCAL",
    skuId: GRAPH_SKU_IDS.ENTERPRISEWITHSCAL,
    name: "Office 365 Enterprise E4",
    kind: "plan",
    // follow the docs, E4 needs Exchange Online Plan 2 bought separately for voicemail (R-VM-E14).
    includes: ["MCOSTANDARD", FEATURES.exchangePlan1, FEATURES.officeApps],
    servicePlans: [SP.EXCHANGE_S_STANDARD, SP.MCOSTANDARD, SP.TEAMS1],
    monthlyPriceCents: 2200,
  },
  ENTERPRISEPREMIUM_NOPSTNCONF: {
    sku: "ENTERPRISEPREMIUM_NOPSTNCONF",
    skuId: GRAPH_SKU_IDS.ENTERPRISEPREMIUM_NOPSTNCONF,
    name: "Office 365 Enterprise E5 without Audio Conferencing",
    kind: "plan",
    // R-PS-E5, R-VM-E5: Phone System and voicemail included; Audio Conferencing not (R-AC-E5N-a, R-AC-E5N-b).
    includes: ["MCOSTANDARD", "MCOEV", FEATURES.voicemail, "EXCHANGEENTERPRISE", FEATURES.officeApps],
    servicePlans: [SP.EXCHANGE_S_ENTERPRISE, SP.MCOSTANDARD, SP.TEAMS1, SP.MCOEV],
    monthlyPriceCents: 3200,
  },
  ENTERPRISEPREMIUM: {
    sku: "ENTERPRISEPREMIUM",
    skuId: GRAPH_SKU_IDS.ENTERPRISEPREMIUM,
    name: "Office 365 Enterprise E5",
    kind: "plan",
    // R-AC-E5, R-PS-E5, R-VM-E5.
    includes: ["MCOSTANDARD", "MCOMEETADV", "MCOEV", FEATURES.voicemail, "EXCHANGEENTERPRISE", FEATURES.officeApps],
    servicePlans: [SP.EXCHANGE_S_ENTERPRISE, SP.MCOSTANDARD, SP.TEAMS1, SP.MCOEV, SP.MCOMEETADV],
    monthlyPriceCents: 3500,
  },
  MCOMEETADV: {
    sku: "MCOMEETADV",
    skuId: GRAPH_SKU_IDS.MCOMEETADV,
    name: "Audio Conferencing",
    kind: "addon",
    includes: [],
    servicePlans: [SP.MCOMEETADV],
    monthlyPriceCents: 400,
  },
  MCOEV: {
    sku: "MCOEV",
    skuId: GRAPH_SKU_IDS.MCOEV,
    name: "Phone System",
    kind: "addon",
    includes: [],
    servicePlans: [SP.MCOEV],
    monthlyPriceCents: 800,
  },
  MCOPSTN1: {
    sku: "MCOPSTN1",
    skuId: GRAPH_SKU_IDS.MCOPSTN1,
    name: "Domestic Calling Plan",
    kind: "addon",
    includes: [],
    servicePlans: [SP.MCOPSTN1],
    monthlyPriceCents: 1200,
  },
  MCOPSTN2: {
    sku: "MCOPSTN2",
    skuId: GRAPH_SKU_IDS.MCOPSTN2,
    name: "Domestic and International Calling Plan",
    kind: "addon",
    includes: [],
    servicePlans: [SP.MCOPSTN2],
    monthlyPriceCents: 2400,
  },
  MCOPSTNC: {
    sku: "MCOPSTNC",
    skuId: GRAPH_SKU_IDS.MCOPSTNC,
    name: "Communications Credits",
    kind: "addon",
    includes: [],
    servicePlans: [SP.MCOPSTNC],
    // Prepaid balance, no per-seat price (R-CC-3: unlimited licenses).
    monthlyPriceCents: 0,
  },
  EXCHANGEENTERPRISE: {
    sku: "EXCHANGEENTERPRISE",
    skuId: GRAPH_SKU_IDS.EXCHANGEENTERPRISE,
    name: "Exchange Online (Plan 2)",
    kind: "addon",
    includes: [],
    servicePlans: [SP.EXCHANGE_S_ENTERPRISE],
    monthlyPriceCents: 800,
  },
};

/** `MCOPSTNPP` is the docs' older name for Communications Credits (graph notes §4.2). */
export const SKU_ALIASES: Readonly<Record<string, SkuPartNumber>> = { MCOPSTNPP: "MCOPSTNC" };

export function isPlanSku(x: string): x is PlanSku {
  return (PLAN_SKUS as readonly string[]).includes(x);
}

export function isAddonSku(x: string): x is AddonSku {
  return (ADDON_SKUS as readonly string[]).includes(x);
}

export function isSkuPartNumber(x: string): x is SkuPartNumber {
  return (ALL_SKUS as readonly string[]).includes(x);
}

export function skuName(sku: SkuPartNumber): string {
  return SKU_CATALOG[sku].name;
}

/**
 * True when `plan` already contains `sku` (catalogue §1). A plan does NOT "include" itself:
 * buying more seats of your own plan is a purchase, not an included item.
 */
export function planIncludes(plan: PlanSku | null, sku: SkuPartNumber): boolean {
  if (plan === null || plan === sku) return false;
  return SKU_CATALOG[plan].includes.includes(sku);
}

/** True when `plan` contains the non-SKU feature (see FEATURES). */
export function planHasFeature(plan: PlanSku | null, feature: string): boolean {
  return plan !== null && SKU_CATALOG[plan].includes.includes(feature);
}

export type Capability =
  | "phoneSystem"
  | "audioConferencing"
  | "callingPlan"
  | "exchangePlan2"
  | "skypeForBusiness"
  | "skypeForBusinessPlan2";

/** The SKUs that give a capability, directly or through a plan that includes them. */
const CAPABILITY_SKUS: Record<Capability, readonly SkuPartNumber[]> = {
  phoneSystem: ["MCOEV", ...plansIncluding("MCOEV")],
  audioConferencing: ["MCOMEETADV", ...plansIncluding("MCOMEETADV")],
  callingPlan: ["MCOPSTN1", "MCOPSTN2"],
  exchangePlan2: ["EXCHANGEENTERPRISE", ...plansIncluding("EXCHANGEENTERPRISE")],
  skypeForBusiness: ["MCOIMP", "MCOSTANDARD", ...plansIncluding("MCOSTANDARD")],
  /** SBX-ASG-AC-SFB: what Audio Conferencing depends on (Plan 2 alone or in a plan; the room table pairs AC with Plan 2). */
  skypeForBusinessPlan2: ["MCOSTANDARD", ...plansIncluding("MCOSTANDARD")],
};

function plansIncluding(sku: SkuPartNumber): PlanSku[] {
  return PLAN_SKUS.filter((p) => planIncludes(p, sku));
}

/** Per user: does this set of assigned licenses give the capability? (e.g. ENTERPRISEPREMIUM -> phoneSystem). */
export function licensesProvide(licenses: readonly SkuPartNumber[], capability: Capability): boolean {
  const providers = CAPABILITY_SKUS[capability];
  return licenses.some((l) => providers.includes(l));
}

/** The Office 365 Enterprise suites; a user may hold at most one (see MUTUALLY_EXCLUSIVE_GROUPS). */
export const ENTERPRISE_SUITES: readonly PlanSku[] = [
  "STANDARDPACK",
  "ENTERPRISEPACK",
  "ENTERPRISEWITHSCAL",
  "ENTERPRISEPREMIUM_NOPSTNCONF",
  "ENTERPRISEPREMIUM",
];

/**
 * Licenses that may not sit together on one user (graph-licensing-notes §4.3, Graph's
 * MutuallyExclusiveViolation). A user may hold at most ONE sku of each group.
 * These ids are sandbox rule ids (prefix SBX-), listed in rule-index.ts RULES: the catalogue has no row for them.
 * - Calling plans: the MCOPSTN1/MCOPSTN2 service plans exclude each other.
 * - Suites: E1 carries Exchange Plan 1 and E3/E4/E5 carry Plan 2 (EXCHANGE_S_STANDARD vs EXCHANGE_S_ENTERPRISE);
 *   more generally the suites repeat the same services, so the sandbox allows one Enterprise suite per user.
 *   Exchange Online Plan 2 as an add-on on E1/E4 is NOT in a group: the docs tell E1/E4 to buy it (R-VM-E14).
 * - Skype for Business: MCOIMP and MCOSTANDARD service plans exclude each other, so Plan 1 also can't join a
 *   suite or Business Premium that contains Plan 2.
 */
export const MUTUALLY_EXCLUSIVE_GROUPS: { ruleId: string; skus: SkuPartNumber[]; label: string }[] = [
  { ruleId: "SBX-MX-CALLING-PLAN", skus: ["MCOPSTN1", "MCOPSTN2"], label: "Calling Plans" },
  {
    ruleId: "SBX-MX-SUITE",
    skus: [...ENTERPRISE_SUITES, "O365_BUSINESS_PREMIUM"],
    label: "Office 365 suites (Exchange Online Plan 1 and Plan 2)",
  },
  {
    ruleId: "SBX-MX-SFB",
    skus: ["MCOIMP", "MCOSTANDARD", ...plansIncluding("MCOSTANDARD").filter((p) => p !== "MCOSTANDARD")],
    label: "Skype for Business Online Plan 1 and Plan 2",
  },
];

/** any Enterprise plan with Phone System as add-on or included satisfies the switch gate. */
export const VOICE_SWITCH_TARGETS: PlanSku[] = ["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEWITHSCAL", "ENTERPRISEPREMIUM"];
