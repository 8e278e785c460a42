/**
 * The add-on side of the offers (see offers.ts for the evaluation order of catalogue §9): tenant blocks, plan-family
 * gates, prerequisites, country gates and recommendations, decided for one add-on sku. Split from offers.ts so
 * that state-rules.ts can ask what the purchase rules say of an add-on without depending on plan switches.
 */
import { VOICE_SWITCH_TARGETS, isPlanSku, planIncludes } from "./catalog";
import { withPolicy } from "./policy";
import { deny, recommend } from "./reasons";
import { isRoomAddOnLicense } from "./rooms";
import { activeSeats, hasCommercialE3Seat, ownsAudioConferencing, ownsCallingPlan, ownsPhoneSystem, tenantCountry } from "./tenant";
import type { AddonSku, PlanSku, Reason, Recommendation, Remedy, SkuPartNumber, TenantSnapshot } from "./types";

export type OfferStatus = "available" | "included" | "blocked";

export interface Offer {
  sku: SkuPartNumber;
  status: OfferStatus;
  /** All reasons in catalogue §9 order; reasons[0] is what a purchase would answer. */
  reasons: Reason[];
  /** The union of the reasons' remedies, without duplicates, in order. */
  remedies: Remedy[];
  recommendations: Recommendation[];
}

const CALLING_PLANS: readonly SkuPartNumber[] = ["MCOPSTN1", "MCOPSTN2"];
const isCallingPlan = (sku: SkuPartNumber) => CALLING_PLANS.includes(sku);

/** R-21V-1 (+ catalogue §6.2 simulator note): what 21Vianet tenants can't buy. Phone System stays allowed (see report). */
const BLOCKED_ON_21VIANET: readonly SkuPartNumber[] = ["MCOMEETADV", "MCOPSTN1", "MCOPSTN2", "MCOPSTNC"];
/** R-PART-1: the add-ons an Action Pack partner unlocks with one commercial E3 seat. */
const PARTNER_GATED: readonly SkuPartNumber[] = ["MCOEV", "MCOMEETADV"];

// ---------------------------------------------------------------- 1. tenant blocks

export function tenantBlocks(s: TenantSnapshot, sku: AddonSku): Reason[] {
  const reasons: Reason[] = [];
  const details = { sku };
  if (s.plan === null) {
    reasons.push(
      deny("NO_BASE_PLAN", "R-ADM-1", {
        remedies: [
          { action: "purchase", sku: "ENTERPRISEPACK" },
          { action: "purchase", sku: "ENTERPRISEPREMIUM" },
        ],
        details,
      }),
    );
  }
  if (s.cloud === "21vianet" && BLOCKED_ON_21VIANET.includes(sku)) {
    reasons.push(deny("CLOUD_21VIANET", "R-21V-1", { details }));
  }
  if (s.cloud === "21vianet" && sku === "MCOEV" && !s.policy.phoneSystemOn21Vianet) {
    // §6.2: no 21Vianet statement either way; the policy flag decides (default: allowed, as the China page).
    reasons.push(byPolicy(deny("CLOUD_21VIANET", "R-21V-1", { details }), "phoneSystemOn21Vianet"));
  }
  if (s.channel === "godaddy" && s.plan === "O365_BUSINESS_PREMIUM") {
    // R-GD-1 (A-23: applied tenant-wide): leave GoDaddy by switching to a Microsoft-sold E3.
    reasons.push(deny("RESELLER_GODADDY", "R-GD-1", { remedies: [{ action: "switchPlan", to: ["ENTERPRISEPACK"] }], details }));
  }
  if (s.commitment === "monthly" && s.policy.monthlyCommitmentBlocksAddOns) {
    // R-MC-1 / A-6: a policy flag; R-MC-2: an annual commitment paid monthly is never blocked.
    reasons.push(
      byPolicy(
        deny("MONTHLY_COMMITMENT", "R-MC-1", { remedies: [{ action: "changeCommitment" }, { action: "contactSupport" }], details }),
        "monthlyCommitmentBlocksAddOns",
      ),
    );
  }
  if (s.channel === "partner" && PARTNER_GATED.includes(sku) && !hasCommercialE3Seat(s)) {
    // R-PART-1 / A-17: Action Pack E3 seats (commercial=false) don't count.
    reasons.push(deny("PARTNER_E3_SEAT_REQUIRED", "R-PART-1", { remedies: [{ action: "purchase", sku: "ENTERPRISEPACK" }], details }));
  }
  return reasons;
}

// ---------------------------------------------------------------- 2. included

/** The rule that says the plan includes the sku (catalogue §1). */
function includedRuleId(plan: PlanSku, sku: AddonSku): string {
  if (sku === "MCOMEETADV") return "R-AC-E5";
  if (sku === "MCOEV") return "R-PS-E5";
  return plan === "ENTERPRISEPACK" ? "A-18" : "R-VM-E5"; // Exchange Online Plan 2 (voicemail)
}

function includedReasons(s: TenantSnapshot, sku: AddonSku): Reason[] {
  if (s.plan === null || !planIncludes(s.plan, sku)) return [];
  return [deny("ALREADY_INCLUDED", includedRuleId(s.plan, sku), { details: { sku, plan: s.plan } })];
}

// ---------------------------------------------------------------- 3. plan-family gates

export function switchTo(ruleId: string, sku: SkuPartNumber, plan: PlanSku, targets: PlanSku[]): Reason {
  return deny("PLAN_SWITCH_REQUIRED", ruleId, { remedies: [{ action: "switchPlan", to: targets }], details: { sku, plan, targets } });
}

/** A refusal that exists only because of a policy flag (policy.ts withPolicy). */
const byPolicy = withPolicy;

/** F-1: targets for SfB Online Plan 1, which qualifies for none of these add-ons. */
function plan1Targets(s: TenantSnapshot): PlanSku[] {
  return s.policy.sfbPlan2PhoneSystem === "allow" ? ["MCOSTANDARD", ...VOICE_SWITCH_TARGETS] : [...VOICE_SWITCH_TARGETS];
}

/** Phone System and Calling Plans by plan family (R-PS-BP, R-CP-BP, R-PS-PP, R-CP-PP/S2, R-PS-S2 + A-1, F-1). */
function voiceGate(s: TenantSnapshot, sku: AddonSku, plan: PlanSku): Reason[] {
  const phoneSystem = sku === "MCOEV";
  switch (plan) {
    case "O365_BUSINESS_PREMIUM":
      return [switchTo(phoneSystem ? "R-PS-BP" : "R-CP-BP", sku, plan, VOICE_SWITCH_TARGETS)];
    case "OFFICESUBSCRIPTION":
      return [switchTo(phoneSystem ? "R-PS-PP" : "R-CP-PP/S2", sku, plan, VOICE_SWITCH_TARGETS)];
    case "MCOSTANDARD":
      return s.policy.sfbPlan2PhoneSystem === "switch"
        ? [byPolicy(switchTo(phoneSystem ? "R-PS-S2" : "R-CP-PP/S2", sku, plan, VOICE_SWITCH_TARGETS), "sfbPlan2PhoneSystem")]
        : [];
    case "MCOIMP":
      return [switchTo("F-1", sku, plan, plan1Targets(s))];
    default:
      return []; // R-PS-E: E1/E3/E4 take Phone System as an add-on; E5s include it.
  }
}

/** Audio Conferencing by plan family (R-AC-BP, R-AC-PPS2, R-AC-E allow; R-AC-E5N-a, R-AC-E5N-b; F-1). */
function audioConferencingGate(s: TenantSnapshot, plan: PlanSku): Reason[] {
  if (plan === "ENTERPRISEPREMIUM_NOPSTNCONF") {
    const country = tenantCountry(s);
    if (country?.audioConferencing) return [switchTo("R-AC-E5N-b", "MCOMEETADV", plan, ["ENTERPRISEPREMIUM"])];
    return [
      deny("COUNTRY_NOT_AVAILABLE", "R-AC-E5N-a", {
        remedies: [{ action: "thirdPartyProvider" }],
        details: { sku: "MCOMEETADV", country: s.country, countryName: country?.name },
      }),
    ];
  }
  if (plan === "MCOIMP") return [switchTo("F-1", "MCOMEETADV", plan, ["MCOSTANDARD", ...VOICE_SWITCH_TARGETS])];
  return [];
}

function planGates(s: TenantSnapshot, sku: AddonSku): Reason[] {
  if (s.plan === null || planIncludes(s.plan, sku)) return [];
  if (sku === "MCOEV" || isCallingPlan(sku)) return voiceGate(s, sku, s.plan);
  if (sku === "MCOMEETADV") return audioConferencingGate(s, s.plan);
  return []; // Credits: prerequisites decide. EXCHANGEENTERPRISE: R-VM-E14 / R-VM-GEN allow it on any plan lacking it.
}

// ---------------------------------------------------------------- 4. prerequisites

function prerequisites(s: TenantSnapshot, sku: AddonSku): Reason[] {
  if (isCallingPlan(sku) && !ownsPhoneSystem(s)) {
    return [
      deny("PREREQUISITE_MISSING", "R-CP-1", { remedies: [{ action: "purchase", sku: "MCOEV" }], details: { sku, requires: ["MCOEV"] } }),
    ];
  }
  if (sku === "MCOPSTNC" && !creditsPrerequisitesMet(s)) {
    const remedies: Remedy[] = [{ action: "purchase", sku: "MCOMEETADV" }];
    if (!ownsPhoneSystem(s)) remedies.push({ action: "purchase", sku: "MCOEV" });
    else remedies.push({ action: "purchase", sku: "MCOPSTN1" });
    return [deny("PREREQUISITE_MISSING", "R-CC-2", { remedies, details: { sku } })];
  }
  return [];
}

/** R-CC-1 / A-3 (M's rule): Audio Conferencing, or Phone System AND a Calling Plan. */
export function creditsPrerequisitesMet(s: TenantSnapshot): boolean {
  return ownsAudioConferencing(s) || (ownsPhoneSystem(s) && ownsCallingPlan(s));
}

// ---------------------------------------------------------------- 5. country gates (tenant country)

function countryGates(s: TenantSnapshot, sku: AddonSku): Reason[] {
  const country = tenantCountry(s);
  const details = { sku, country: s.country, countryName: country?.name };
  switch (sku) {
    case "MCOMEETADV":
      // R-AC-E5N-a already answers for E5 without AC; don't say it twice.
      if (s.plan === "ENTERPRISEPREMIUM_NOPSTNCONF" || country?.audioConferencing) return [];
      return [deny("COUNTRY_NOT_AVAILABLE", "R-GEO-1", { remedies: [{ action: "thirdPartyProvider" }], details })];
    case "MCOEV":
      return country ? [] : [deny("COUNTRY_NOT_AVAILABLE", "R-GEO-5", { details })];
    case "MCOPSTN1":
    case "MCOPSTN2":
      // R-GEO-2 / CP:45 / §9 step 5: the USER's usage location decides, checked at assignment (R-ASG-LOC), so a
      // Japanese tenant buys Calling Plans for its US users. Gating the purchase on the tenant's country is a
      // policy reading (callingPlanPurchaseCountry = "tenantCountry"), not the default.
      if (s.policy.callingPlanPurchaseCountry !== "tenantCountry") return [];
      if (!country?.callingPlans) return [byPolicy(deny("COUNTRY_NOT_AVAILABLE", "R-GEO-2", { details }), "callingPlanPurchaseCountry")];
      if (country.callingPlansPreviewOnly && !s.policy.canadaCallingPlansPreview) {
        return [byPolicy(deny("COUNTRY_NOT_AVAILABLE", "R-GEO-3", { details }), "canadaCallingPlansPreview")];
      }
      return [];
    case "MCOPSTNC":
      if (!country?.communicationsCredits) return [deny("COUNTRY_NOT_AVAILABLE", "R-CC-5", { details })];
      // §5.3: the country pages say yes for Bahrain, Brazil and Brunei, the spreadsheet leaves them out.
      if (CREDITS_DISPUTED_COUNTRIES.includes(s.country) && !s.policy.creditsInBahrainBrazilBrunei) {
        return [byPolicy(deny("COUNTRY_NOT_AVAILABLE", "R-CC-5", { details }), "creditsInBahrainBrazilBrunei")];
      }
      return [];
    default:
      return [];
  }
}

/** §5.3: countries whose Communications Credits the country pages and the spreadsheet disagree on. */
export const CREDITS_DISPUTED_COUNTRIES: readonly string[] = ["BH", "BR", "BN"];

// ---------------------------------------------------------------- rules that allow

const ENTERPRISE_ADDON_PLANS: readonly (PlanSku | null)[] = ["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEWITHSCAL"];
const EXCHANGE_PLAN2_ON_E1_E4: readonly (PlanSku | null)[] = ["STANDARDPACK", "ENTERPRISEWITHSCAL"];
/** R-AC-PPS2: Business Premium, ProPlus and SfB Online Plan 2 buy Audio Conferencing. */
const AC_PPS2_PLANS: readonly (PlanSku | null)[] = ["O365_BUSINESS_PREMIUM", "OFFICESUBSCRIPTION", "MCOSTANDARD"];

/**
 * The catalogue rules that ALLOW buying `sku`, in §9 order (for the audit trail). Only meaningful once every
 * gate has passed (decidePurchase calls it for "available" offers only):
 *   1. tenant stage: A-6 (monthly commitment, flag off), R-PART-1 (partner with a bought E3 seat);
 *   3. plan family: R-AC-BP, R-AC-PPS2, R-AC-E; R-PS-E, R-PS-S2 + A-1; R-CP-PP/S2; R-VM-E14 (+ A-9 on E4), R-VM-GEN;
 *   4. prerequisites: R-CP-2, R-CC-1;
 *   5. country: R-GEO-5 (Phone System), R-GEO-3 (Canada preview).
 * Plans: R-ADM-1 when the tenant has none yet; more seats of the current plan: SBX-ONE-PLAN (no catalogue row
 * covers buying more seats of one's own plan; the sandbox rule that a tenant keeps one plan is the closest).
 */
export function allowingRules(s: TenantSnapshot, sku: SkuPartNumber): string[] {
  if (isPlanSku(sku)) return s.plan === null ? ["R-ADM-1"] : isRoomAddOnLicense(s.plan, sku) ? ["SBX-ROOM-SFB"] : ["SBX-ONE-PLAN"];
  const ids: string[] = [];
  if (s.commitment === "monthly") ids.push("A-6");
  if (s.channel === "partner" && PARTNER_GATED.includes(sku)) ids.push("R-PART-1");
  const plan = s.plan;
  switch (sku) {
    case "MCOMEETADV":
      if (plan === "O365_BUSINESS_PREMIUM") ids.push("R-AC-BP");
      if (AC_PPS2_PLANS.includes(plan)) ids.push("R-AC-PPS2");
      if (ENTERPRISE_ADDON_PLANS.includes(plan)) ids.push("R-AC-E");
      break;
    case "MCOEV":
      if (ENTERPRISE_ADDON_PLANS.includes(plan)) ids.push("R-PS-E");
      if (plan === "MCOSTANDARD") ids.push("R-PS-S2", "A-1");
      ids.push("R-GEO-5");
      break;
    case "MCOPSTN1":
    case "MCOPSTN2":
      if (plan === "MCOSTANDARD") ids.push("R-CP-PP/S2");
      ids.push("R-CP-2");
      if (s.policy.callingPlanPurchaseCountry === "tenantCountry" && tenantCountry(s)?.callingPlansPreviewOnly) ids.push("R-GEO-3");
      break;
    case "MCOPSTNC":
      ids.push("R-CC-1");
      break;
    case "EXCHANGEENTERPRISE":
      if (EXCHANGE_PLAN2_ON_E1_E4.includes(plan)) ids.push("R-VM-E14", ...(plan === "ENTERPRISEWITHSCAL" ? ["A-9"] : []));
      else ids.push("R-VM-GEN");
      break;
  }
  return ids;
}

// ---------------------------------------------------------------- recommendations

const E5_FAMILY: readonly (PlanSku | null)[] = ["ENTERPRISEPREMIUM", "ENTERPRISEPREMIUM_NOPSTNCONF"];
const E5_PROMPTED_PLANS: readonly (PlanSku | null)[] = ["O365_BUSINESS_PREMIUM", "OFFICESUBSCRIPTION", "MCOSTANDARD"];

function recommendations(s: TenantSnapshot, sku: AddonSku, blocked: boolean): Recommendation[] {
  const recs: Recommendation[] = [];
  const voiceOrConferencing = sku === "MCOEV" || sku === "MCOMEETADV" || isCallingPlan(sku);
  if (voiceOrConferencing && E5_PROMPTED_PLANS.includes(s.plan)) recs.push(recommend("R-REC-E5"));
  if (isRepeatAddOn(s, sku)) recs.push(recommend("R-REC-COST"));
  if (sku === "MCOMEETADV" && !blocked && !s.creditsEnabled) recs.push(recommend("R-AC-CC"));
  if (isCallingPlan(sku)) recs.push(recommend("R-PS-HYB"));
  if ((sku === "MCOEV" || sku === "EXCHANGEENTERPRISE") && needsExchangePlan2ForVoicemail(s)) recs.push(recommend("R-VM-E14"));
  if (sku === "MCOPSTNC") {
    if (ownsAudioConferencing(s) && !s.creditsEnabled) recs.push(recommend("R-AC-CC"));
    recs.push(recommend("R-REC-AR"));
    if (E5_FAMILY.includes(s.plan)) recs.push(recommend("R-REC-CCE5"));
  }
  return recs;
}

/** R-REC-COST: buying Phone System or AC one by one while the other is already bought as an add-on. */
function isRepeatAddOn(s: TenantSnapshot, sku: AddonSku): boolean {
  const pair: Partial<Record<AddonSku, AddonSku>> = { MCOEV: "MCOMEETADV", MCOMEETADV: "MCOEV" };
  const other = pair[sku];
  return other !== undefined && !planIncludes(s.plan, sku) && activeSeats(s, other) > 0;
}

/** R-VM-E14 / A-9: E1 and E4 need Exchange Online Plan 2 for Phone System voicemail. */
function needsExchangePlan2ForVoicemail(s: TenantSnapshot): boolean {
  return (s.plan === "STANDARDPACK" || s.plan === "ENTERPRISEWITHSCAL") && activeSeats(s, "EXCHANGEENTERPRISE") === 0;
}

// ---------------------------------------------------------------- offers

function uniqueRemedies(reasons: Reason[]): Remedy[] {
  const seen = new Set<string>();
  const out: Remedy[] = [];
  for (const remedy of reasons.flatMap((r) => r.remedies)) {
    // Every field a remedy can carry (types.ts Remedy): cheaper than JSON.stringify, which was an eighth of decideOffers.
    const r = remedy as { action: string; sku?: string; to?: string[]; flag?: string };
    const key = `${r.action}|${r.sku ?? ""}|${r.to?.join(",") ?? ""}|${r.flag ?? ""}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(remedy);
    }
  }
  return out;
}

export function makeOffer(sku: SkuPartNumber, included: boolean, reasons: Reason[], recs: Recommendation[]): Offer {
  const status: OfferStatus = included ? "included" : reasons.length > 0 ? "blocked" : "available";
  return { sku, status, reasons, remedies: uniqueRemedies(reasons), recommendations: recs };
}

export function decideAddonOffer(s: TenantSnapshot, sku: AddonSku): Offer {
  const reasons = [
    ...tenantBlocks(s, sku),
    ...includedReasons(s, sku),
    ...planGates(s, sku),
    ...prerequisites(s, sku),
    ...countryGates(s, sku),
  ];
  const included = planIncludes(s.plan, sku);
  return makeOffer(sku, included, reasons, recommendations(s, sku, reasons.length > 0));
}
