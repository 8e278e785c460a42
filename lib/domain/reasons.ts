/**
 * The ONE place where denial and recommendation wording lives (conventions.md "Errors").
 *
 * Every rule id the engine cites is listed in RULES with the documentation page and anchor it comes
 * from. Catalogue ids (R-..., A-n, F-n) are defined in shared/domain/rules-catalogue.md; ids starting
 * with SBX- are sandbox rules the docs don't state (each says where its idea comes from).
 *
 * All sentences are our own words, never copies of the documentation.
 */
import { formatUsdDisplay } from "./money";
import { SKU_CATALOG, isSkuPartNumber } from "./catalog";
import type { DenialCode, Reason, Recommendation, Remedy } from "./types";

/** Documentation pages (catalogue §0), used to build `doc` values. */
const PAGE = {
  addOns: "skype-for-business-and-microsoft-teams-add-on-licensing",
  callingPlans: "calling-plans-for-office-365",
  whatAreCredits: "what-are-communications-credits",
  setUpCredits: "set-up-communications-credits-for-your-organization",
  addFunds: "add-funds-and-manage-communications-credits",
  assign: "assign-skype-for-business-and-microsoft-teams-licenses",
  countries: "country-and-region-availability-for-audio-conferencing-and-calling-plans",
  setUpAudioConferencing: "set-up-audio-conferencing",
  howManyNumbers: "how-many-phone-numbers-can-you-get",
  voicemail: "set-up-phone-system-voicemail",
  phoneSystemWithCallingPlans: "phone-system-with-calling-plans",
  servicePlanReference: "licensing-service-plan-reference",
} as const;

/** Anchors of the add-on licensing page (they exist in the seed's headings). */
const M = {
  features: `${PAGE.addOns}#what-features-can-i-get-with-add-on-licenses`,
  businessPremium: `${PAGE.addOns}#guidance-for-office-365-business-premium-plan-customers`,
  whichAddOns: `${PAGE.addOns}#bkmk_whichaddons`,
  premiumProPlusP2: `${PAGE.addOns}#office-365-premium-office-365-proplus-or-skype-for-business-online-plan-2`,
  e1e3e4: `${PAGE.addOns}#office-365-enterprise-e1-e3-and-e4`,
  e5NoAc: `${PAGE.addOns}#office-365-enterprise-e5-without-audio-conferencing`,
  e5: `${PAGE.addOns}#office-365-enterprise-e5`,
  howToBuy: `${PAGE.addOns}#how-to-see-prices-and-buy-add-on-licenses`,
  bpHowToBuy: `${PAGE.addOns}#office-365-business-premium-customers-how-to-see-prices-and-buy`,
  e1e3HowToBuy: `${PAGE.addOns}#e1-and-e3-customers-how-to-see-prices-and-buy`,
  partners: `${PAGE.addOns}#partners-how-to-see-prices-and-buy`,
  whyNoAddOns: `${PAGE.addOns}#why-dont-i-see-the-option-to-buy-add-ons`,
  credits: `${PAGE.addOns}#how-to-set-up-communications-credits`,
  existingCallingPlans: `${PAGE.addOns}#how-do-i-use-my-existing-calling-plans-with-skype-for-business`,
  orgTypes: `${PAGE.addOns}#what-features-are-available-to-gov-edu-and-non-profit-organizations`,
  vianet: `${PAGE.addOns}#what-features-are-available-for-office-365-operated-by-21vianet`,
} as const;

export interface RuleInfo {
  /** Documentation page and anchor. */
  doc: string;
  /** A short title for lists and audit trails (our words). */
  title: string;
}

/**
 * Every rule id the engine cites. Append new ids at the END of the block for your area
 * (purchase side first, then assignment / rooms / credits / pools).
 */
export const RULES: Record<string, RuleInfo> = {
  // --- catalogue §2.1 tenant-level blocks
  "R-ADM-1": { doc: M.howToBuy, title: "Add-ons need a base plan first" },
  "R-21V-1": { doc: M.vianet, title: "Not offered by Office 365 operated by 21Vianet" },
  "R-GD-1": { doc: M.whyNoAddOns, title: "Business Premium bought through GoDaddy can't take add-ons" },
  "R-MC-1": { doc: M.whyNoAddOns, title: "A monthly commitment can block add-on purchases" },
  "R-MC-2": { doc: M.whyNoAddOns, title: "Paying monthly on an annual commitment does not block add-ons" },
  "R-PART-1": { doc: M.partners, title: "Action Pack partners need one purchased E3 seat" },
  // --- §2.2 Phone System and Calling Plans
  "R-CP-1": { doc: M.whichAddOns, title: "A Calling Plan needs Phone System first" },
  "R-CP-2": { doc: M.e1e3HowToBuy, title: "With Phone System, Calling Plans can be bought" },
  "R-PS-BP": { doc: M.businessPremium, title: "Business Premium must switch plans for Phone System" },
  "R-CP-BP": { doc: M.businessPremium, title: "Business Premium must switch plans for a Calling Plan" },
  "R-PS-PP": { doc: M.premiumProPlusP2, title: "ProPlus must switch plans for Phone System" },
  "R-PS-S2": { doc: M.premiumProPlusP2, title: "Phone System on Skype for Business Online Plan 2" },
  "R-CP-PP/S2": { doc: M.premiumProPlusP2, title: "Calling Plans on ProPlus or Skype for Business Online Plan 2" },
  "R-PS-E": { doc: M.e1e3e4, title: "Phone System is an add-on on E1, E3 and E4" },
  "R-PS-E5": { doc: M.e5, title: "Phone System is part of E5" },
  "R-PS-HYB": { doc: M.existingCallingPlans, title: "Hybrid users on on-premises PSTN need no Calling Plan" },
  "R-VM-E14": { doc: M.e1e3e4, title: "Voicemail on E1 and E4 needs Exchange Online Plan 2" },
  "R-VM-E5": { doc: M.e5, title: "Voicemail is part of E5" },
  "R-VM-GEN": { doc: `${PAGE.voicemail}#voicemail-licensing`, title: "Voicemail needs an Exchange Online license" },
  // --- §2.3 Audio Conferencing
  "R-AC-BP": { doc: M.bpHowToBuy, title: "Business Premium can buy Audio Conferencing" },
  "R-AC-PPS2": { doc: M.premiumProPlusP2, title: "Audio Conferencing on ProPlus and SfB Online Plan 2" },
  "R-AC-E": { doc: M.e1e3e4, title: "Audio Conferencing is an add-on on E1, E3 and E4" },
  "R-AC-E5": { doc: M.e5, title: "Audio Conferencing is part of E5" },
  "R-AC-E5N-a": { doc: M.e5NoAc, title: "E5 without Audio Conferencing where it isn't sold: use a third party" },
  "R-AC-E5N-b": { doc: M.e5NoAc, title: "E5 without Audio Conferencing: switch to E5 to get it" },
  "R-AC-CC": { doc: M.features, title: "Set up Communications Credits once you have Audio Conferencing" },
  // --- §2.4 Communications Credits
  "R-CC-1": { doc: M.credits, title: "What Communications Credits need first" },
  "R-CC-2": { doc: M.credits, title: "Communications Credits without the prerequisites" },
  "R-CC-3": { doc: M.credits, title: "Communications Credits licenses are unlimited" },
  "R-CC-5": { doc: `${PAGE.countries}#communications-credits`, title: "Communications Credits are not sold in every country" },
  // --- §2.5 country gates
  "R-GEO-1": { doc: `${PAGE.countries}#audio-conferencing`, title: "Audio Conferencing is sold in 72 countries" },
  "R-GEO-2": { doc: `${PAGE.callingPlans}#country-and-region-availability`, title: "Calling Plans are sold in 10 countries" },
  "R-GEO-3": { doc: `${PAGE.countries}#calling-plans`, title: "Canada Calling Plans are for preview tenants only" },
  "R-GEO-4": { doc: `${PAGE.countries}#chile`, title: "Chile toll numbers only for organizations in Chile" },
  "R-GEO-5": { doc: `${PAGE.countries}#phone-system`, title: "Phone System is sold in every listed country" },
  // --- §2.6 numbers
  "R-NUM-USER": { doc: `${PAGE.howManyNumbers}#user-phone-numbers`, title: "How many user phone numbers a tenant may get" },
  "R-NUM-SVC": { doc: `${PAGE.howManyNumbers}#service-phone-numbers`, title: "How many service phone numbers a tenant may get" },
  // --- §2.7 recommendations
  "R-REC-COST": { doc: M.howToBuy, title: "Compare against a plan that already includes the add-ons" },
  "R-REC-E5": { doc: M.premiumProPlusP2, title: "Consider Enterprise E5 for voice" },
  "R-REC-AR": { doc: M.credits, title: "Turn on auto-recharge" },
  "R-REC-CCE5": {
    doc: `${PAGE.setUpCredits}#step-3-assign-communications-credits-licenses`,
    title: "E5 users still need a Communications Credits license",
  },
  // --- §4 assignment (shared with the assignment engine)
  "R-ASG-SEAT": { doc: `${PAGE.assign}#assign-licenses`, title: "Assigned licenses can't exceed the seats bought" },
  "R-ASG-CP-PS": { doc: `${PAGE.phoneSystemWithCallingPlans}#licensing`, title: "A Calling Plan works only with Phone System" },
  "R-ASG-HYB": { doc: `${PAGE.assign}#hybrid-users`, title: "Hybrid users on on-premises PSTN get Phone System only" },
  "R-ASG-LOC": { doc: `${PAGE.callingPlans}#country-and-region-availability`, title: "A Calling Plan follows the user's usage location" },
  // --- §7 resolutions and §7.2 translation notes
  "A-1": { doc: M.premiumProPlusP2, title: "Resolution: Phone System on SfB Online Plan 2 is a policy flag" },
  "A-3": { doc: M.credits, title: "Resolution: Credits need Audio Conferencing, or Phone System and a Calling Plan" },
  "A-6": { doc: M.whyNoAddOns, title: "Resolution: the monthly-commitment block is a policy flag" },
  "A-9": { doc: M.e1e3e4, title: "Resolution: E4 needs Exchange Online Plan 2 for voicemail, as documented" },
  "A-17": { doc: M.partners, title: "Resolution: Action Pack E3 seats don't unlock add-ons" },
  "A-18": { doc: M.e1e3e4, title: "Resolution: E3 with Phone System has voicemail" },
  "A-19": { doc: M.businessPremium, title: "Resolution: any Enterprise plan satisfies the Business Premium switch" },
  "A-20": { doc: `${PAGE.howManyNumbers}#service-phone-numbers`, title: "Resolution: how licenses are counted for service numbers" },
  "A-21": { doc: `${PAGE.howManyNumbers}#user-phone-numbers`, title: "Resolution: the user-number formula rounds down" },
  "F-1": { doc: M.premiumProPlusP2, title: "SfB Online Plan 1 does not qualify for these add-ons (English text)" },
  // --- sandbox rules (not in the catalogue)
  "SBX-ONE-PLAN": { doc: M.howToBuy, title: "A tenant has one base plan; another plan is reached by switching" },
  "SBX-PLAN-SWITCH": { doc: M.e5NoAc, title: "Which plan switches the sandbox allows" },
  "SBX-QTY": { doc: M.howToBuy, title: "A seat quantity is a whole number of at least 1" },
  "SBX-ORG-1": { doc: M.orgTypes, title: "Organization types: only Meeting Broadcast is limited (EDU)" },
  "SBX-MX-CALLING-PLAN": {
    doc: `${PAGE.servicePlanReference}#service-plans-that-cannot-be-assigned-at-the-same-time`,
    title: "One Calling Plan per user",
  },
  "SBX-MX-SUITE": {
    doc: `${PAGE.servicePlanReference}#service-plans-that-cannot-be-assigned-at-the-same-time`,
    title: "One Office 365 suite per user",
  },
  "SBX-MX-SFB": {
    doc: `${PAGE.servicePlanReference}#service-plans-that-cannot-be-assigned-at-the-same-time`,
    title: "Skype for Business Plan 1 and Plan 2 don't combine",
  },
  // --- append further ids below this line (assignment, rooms, credits, pools)
  // assignment, rooms, credits, pools (lib/domain/assignment.ts, rooms.ts, credits.ts, pools.ts)
  "R-ASG-CP": { doc: `${PAGE.callingPlans}#assign-calling-plans`, title: "Each calling user gets a Calling Plan" },
  "R-ASG-AC": { doc: M.e1e3e4, title: "Audio Conferencing is licensed to each meeting organizer" },
  "R-ASG-CC": { doc: M.credits, title: "Each calling user needs a Communications Credits license" },
  "R-ASG-LAT": { doc: `${PAGE.assign}#assign-licenses`, title: "A new Calling Plan can take up to 24 hours to apply" },
  "R-CC-4": {
    doc: `${PAGE.whatAreCredits}#what-do-communications-credits-pay-for`,
    title: "Toll-free numbers need Communications Credits",
  },
  "A-4": {
    doc: `${PAGE.addFunds}#auto-recharge`,
    title: "Resolution: auto-recharge fires when the balance falls strictly below the trigger",
  },
  "A-5": { doc: `${PAGE.addFunds}#auto-recharge`, title: "Resolution: at zero only calls paid from credits stop" },
  "A-8": { doc: `${PAGE.whatAreCredits}#how-much-should-i-add`, title: "Resolution: minimum funding amount" },
  "A-10": {
    doc: `${PAGE.whatAreCredits}#what-do-communications-credits-pay-for`,
    title: "Resolution: meeting usage needs tenant credits, not a per-user license",
  },
  "A-13": {
    doc: `${PAGE.phoneSystemWithCallingPlans}#calling-plan-minutes`,
    title: "Resolution: Calling Plan minutes are pooled per country and plan type",
  },
  "A-14": {
    doc: `${PAGE.countries}#calling-plans`,
    title: "Resolution: a Domestic and International pool stops when either cap is reached",
  },
  "A-15": { doc: `${PAGE.addOns}#bkmk_srs`, title: "Resolution: reading the Skype Room Systems v2 license table" },
  // Sandbox: the simulated card pays for sign-up funding and added funds; the docs only say the payment options
  // can be updated (AF:56, beside auto-recharge) and that an expired card makes a recharge fail (AF:61).
  "SBX-PAY-1": { doc: `${PAGE.addFunds}#auto-recharge`, title: "Funds are added only when the card pays" },
  // Sandbox: removing a license (Graph assignLicense removeLicenses) is allowed unless a license the user keeps
  // depends on it (R-ASG-CP-PS); the docs describe assigning, not removing. Cited in allowedBy of removals.
  "SBX-ASG-REMOVE": { doc: `${PAGE.assign}#assign-licenses`, title: "A license can be removed unless a kept license depends on it" },
  // Sandbox (graph-licensing-notes §4.3 D1): Audio Conferencing depends on Skype for Business Online on the same user.
  "SBX-ASG-AC-SFB": {
    doc: `${PAGE.servicePlanReference}#dependencies`,
    title: "Audio Conferencing needs Skype for Business Online Plan 2 on the user",
  },
  // Sandbox (catalogue §4.3, M:249-253): rooms on Business Premium, ProPlus or SfB Plan 2 tenants get standalone SfB licenses.
  "SBX-ROOM-SFB": { doc: `${PAGE.addOns}#bkmk_srs`, title: "Standalone Skype for Business licenses for meeting rooms" },
  // Sandbox: the combinations the purchase rules forbid can't be reached by switching plans either (R-PS-BP etc.).
  "SBX-SWITCH-ADDONS": { doc: M.whichAddOns, title: "A plan switch keeps only add-ons the target plan can have" },
  // Sandbox: cancelling an add-on subscription (api.md "Phone numbers and cancelling").
  "SBX-CANCEL": { doc: M.howToBuy, title: "An add-on can be cancelled once nothing uses it" },
  // Sandbox: the country table (catalogue §5.2 "toll / toll-free numbers") decides where service numbers exist.
  "SBX-NUM-COUNTRY": { doc: `${PAGE.countries}#phone-numbers`, title: "Service numbers only in countries that offer them" },
  // Sandbox: a user number goes to one user with a Calling Plan in the number's country (R-ASG-CP, R-ASG-LOC).
  "SBX-NUM-ASSIGN": { doc: `${PAGE.howManyNumbers}#user-phone-numbers`, title: "A user number belongs to one calling user in its country" },
  // Sandbox faults (issue 13, lib/domain/faults.ts): failures provoked on purpose. No page describes them; each cites
  // the Microsoft page about what it imitates (admin roles, Graph's errors, throttling, good client practice).
  "SBX-FAULT-ROLE": {
    doc: "about-admin-roles#commonly-used-microsoft-365-admin-center-roles",
    title: "Only a Global admin sets sandbox faults; everyone in the tenant sees them",
  },
  "SBX-FAULT-FAIL": {
    doc: "microsoft-graph-error-responses-and-resource-types#code-property",
    title: "A provoked failure answers 500 or 503 before the request does anything",
  },
  "SBX-FAULT-THROTTLE": {
    doc: "microsoft-graph-throttling-guidance#best-practices-to-handle-throttling",
    title: "Every Nth Graph request is throttled with 429 and Retry-After",
  },
  "SBX-FAULT-LATENCY": {
    doc: "best-practices-for-working-with-microsoft-graph#handling-expected-errors",
    title: "Provoked latency delays every API and Graph request",
  },
  "SBX-FAULT-DECLINE": { doc: `${PAGE.addFunds}#auto-recharge`, title: "The card declines the next charges as if it had failed" },
};

/**
 * The rule ids of a successful decision's audit event: the rules that allowed it, then those of its
 * recommendations, each once, in that order.
 */
export function auditRuleIds(allowedBy: readonly string[], recommendations: readonly { ruleId: string }[] = []): string[] {
  return [...new Set([...allowedBy, ...recommendations.map((r) => r.ruleId)])];
}

/** The documentation reference of a rule, or "" when the id is unknown (the coverage test forbids that). */
export function ruleDoc(ruleId: string): string {
  return RULES[ruleId]?.doc ?? "";
}

type Details = Record<string, unknown> | undefined;

function skuLabel(value: unknown): string {
  return typeof value === "string" && isSkuPartNumber(value) ? SKU_CATALOG[value].name : "this product";
}

function skuList(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return "another plan";
  const names = value.map(skuLabel);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

function countryLabel(details: Details): string {
  const name = details?.countryName ?? details?.country;
  return typeof name === "string" && name.length > 0 ? name : "this country";
}

function cents(value: unknown): string {
  return typeof value === "number" && Number.isInteger(value) ? formatUsdDisplay(value) : "the minimum";
}

/**
 * Our sentence for a denial: why it is refused and what would unblock it. One entry per code,
 * with ruleId-specific variants where several rules share a code.
 */
export function describeDenial(code: DenialCode, ruleId: string, details?: Record<string, unknown>, subject?: string): string {
  const what = subject ?? skuLabel(details?.sku);
  if (details?.context === "planSwitch") {
    const planSwitch = describePlanSwitchDenial(code, what, ruleId, details);
    if (planSwitch) return planSwitch;
  }
  if (details?.context === "actionPackSeats" && code === "PARTNER_E3_SEAT_REQUIRED") {
    return "The E3 seats of an Action Pack are set by the pack and can't be changed here. Buy E3 seats as a new purchase instead: bought seats can be added and removed, and they unlock the add-ons.";
  }
  switch (code) {
    case "NO_BASE_PLAN":
      return `${what} is an add-on, and add-ons attach to an Office 365 plan. This tenant has no plan yet: buy a plan first, then add-ons become available.`;
    case "CLOUD_21VIANET":
      return `${what} isn't offered to tenants on Office 365 operated by 21Vianet in China, so it can't be bought here.`;
    case "RESELLER_GODADDY":
      return `Business Premium bought through GoDaddy can't take Skype for Business or Teams add-ons such as ${what}. Switch to Enterprise E3, which Microsoft sells directly, and the add-ons become available.`;
    case "MONTHLY_COMMITMENT":
      return `This tenant is on a monthly commitment, and on a monthly commitment ${what} can't be bought. Move to an annual commitment (paying monthly is still fine), or ask support to unblock it.`;
    case "PARTNER_E3_SEAT_REQUIRED":
      return `The E3 seats that come with a partner's Action Pack don't unlock ${what}. Buy one Enterprise E3 seat for this tenant; after that the add-on can be bought.`;
    case "ALREADY_INCLUDED":
      return `${what} already comes with ${skuLabel(details?.plan)}, so there is nothing to buy. Assign the plan to the users who need it.`;
    case "PLAN_SWITCH_REQUIRED":
      return describePlanSwitch(ruleId, what, details);
    case "PREREQUISITE_MISSING":
      return describePrerequisite(ruleId, what);
    case "COUNTRY_NOT_AVAILABLE":
      return describeCountry(ruleId, what, details);
    case "ORG_TYPE_NOT_AVAILABLE":
      return `${what} isn't offered to this kind of organization.`;
    case "INSUFFICIENT_LICENSES":
      if (details?.purchased === 0 && details?.assigned === 0) {
        return `This tenant has no ${what} seats to assign. Buy ${what} first (or, when it comes with a plan, assign that plan instead).`;
      }
      return `Every ${what} seat is already assigned. Buy more seats, or free one up by removing it from another user.`;
    case "SEATS_IN_USE":
      if (details?.context === "cancel") {
        return `${String(details?.assigned ?? "Some")} ${what} licenses are still assigned to users. Take them away from those users first, then cancel.`;
      }
      return `${what} has ${String(details?.assigned ?? "more")} seats assigned, so it can't go down to ${String(details?.requested ?? "that number")}. Remove the license from some users first.`;
    case "DEPENDENCY_VIOLATION":
      if (ruleId === "SBX-NUM-ASSIGN") {
        return details?.lost === "callingPlan"
          ? `This user holds the phone number ${String(details?.number)}, which only works with a Calling Plan. Unassign the number first, then remove the Calling Plan.`
          : `This user holds the phone number ${String(details?.number)} from ${String(details?.country)}, so the usage location must stay there. Unassign the number first.`;
      }
      if (ruleId === "SBX-ASG-AC-SFB") {
        return "Audio Conferencing works on top of Skype for Business Online (Plan 2, on its own or inside a plan such as E3). Give the user that license in the same change, or take Audio Conferencing away together with it.";
      }
      if (details?.context === "cancel") {
        return `${what} can't be cancelled while ${skuList(details?.dependents)} still needs it. Cancel that first.`;
      }
      return ruleId === "R-ASG-CP-PS"
        ? "A Calling Plan only works together with Phone System. Give the user Phone System (or an E5 license) in the same change, or keep it while the Calling Plan stays."
        : `${what} relies on another license that the user doesn't have or would lose. Add that license too, or remove both together.`;
    case "MUTUALLY_EXCLUSIVE":
      return `${what} can't be combined on one user with ${skuList(details?.conflictsWith)}: the two contain overlapping services. Remove one of them first.`;
    case "HYBRID_USER_CALLING_PLAN":
      return "This user reaches the phone network through on-premises equipment, so a Calling Plan would never be used. Give them Phone System only.";
    case "USAGE_LOCATION_REQUIRED":
      return "The user has no usage location. Set the country they use the service from; Calling Plans and their minutes depend on it.";
    case "CREDITS_NOT_SET_UP":
      switch (ruleId) {
        case "R-ASG-CC":
          return "This call would be paid from Communications Credits, but the user has no Communications Credits license. Assign one to the user (there is no limit on how many).";
        case "R-CC-3":
          return "Communications Credits licenses can only be assigned once Communications Credits are set up for the tenant. Set them up first; then there are as many licenses as you need.";
        case "A-13":
          return "The Calling Plan minutes don't cover this call, and Communications Credits, which would pay for the rest, aren't set up for this tenant.";
        case "R-CC-4":
          if (details?.kind === "serviceTollFree")
            return "Toll-free numbers are paid per minute from Communications Credits, so they can only be reserved once Communications Credits are set up. Set them up first, then get the numbers.";
          return "Toll-free dial-in is paid from Communications Credits, and they aren't set up for this tenant. Set them up and add funds first.";
        case "A-10":
          return "Dialling out from a meeting is paid from Communications Credits, and they aren't set up for this tenant. Set them up and add funds first.";
        default:
          return "Communications Credits haven't been set up for this tenant yet. Buy Communications Credits and add funds first.";
      }
    case "NUMBER_CAPACITY_EXCEEDED":
      return details?.kind === "user"
        ? `The Calling Plan licenses allow ${String(details?.capacity)} user phone numbers and ${String(details?.inUse)} are taken, so ${String(details?.requested)} more don't fit. Buy more Calling Plan seats, or release numbers you don't use.`
        : `The Phone System and Audio Conferencing licenses allow ${String(details?.capacity)} numbers of this kind and ${String(details?.inUse)} are taken, so ${String(details?.requested)} more don't fit. Add licenses, release numbers, or ask support for more.`;
    case "NUMBER_IN_USE":
      if (details?.context === "release") return `${String(details?.number)} is assigned to a user. Unassign it first, then release it.`;
      if (details?.context === "userHasOne")
        return "This user already has a phone number. Unassign that one first; a user holds one number.";
      return `${String(details?.number)} already belongs to another user. Unassign it there first, or pick a free number.`;
    case "AMOUNT_BELOW_MINIMUM":
      if (ruleId === "A-4") return "The trigger amount must be more than $0.00, so the balance is topped up before it runs out.";
      return `The amount is below the ${cents(details?.minimumCents)} minimum for adding funds. Enter at least that much.`;
    case "INSUFFICIENT_FUNDS":
      return "The Communications Credits balance is used up, so calls paid from it are stopped. Add funds or turn on auto-recharge.";
    case "PAYMENT_DECLINED":
      return details?.paymentMethod === "expired"
        ? "The card on file has expired, so no funds were added and nothing was charged. Update the payment method, then try again."
        : "The card was declined, so no funds were added and nothing was charged. Update the payment method, then try again.";
    case "VALIDATION_FAILED":
      if (ruleId === "R-NUM-SVC")
        return "Service numbers (toll and toll-free) go to conference bridges, auto attendants and call queues, not to users. Pick a user number.";
      return ruleId === "R-CC-3"
        ? "Communications Credits have no seat count: their licenses are unlimited. Change the balance with Add funds instead."
        : `The quantity must be a whole number of seats, at least 1 (got ${String(details?.quantity)}).`;
    case "NOT_FOUND":
      return `The tenant has no subscription for ${what}.`;
  }
}

/** Variants for refusals of a plan switch (details.context === "planSwitch"); undefined = use the general wording. */
function describePlanSwitchDenial(code: DenialCode, target: string, ruleId: string, details: Details): string | undefined {
  switch (code) {
    case "NO_BASE_PLAN":
      return `This tenant has no plan to switch from. Buy ${target} directly instead.`;
    case "VALIDATION_FAILED":
      return `The tenant is already on ${target}; pick a different plan to switch to.`;
    case "RESELLER_GODADDY":
      return "Business Premium bought through GoDaddy can only leave GoDaddy by moving to Enterprise E3, sold by Microsoft. Choose E3 as the target.";
    case "PARTNER_E3_SEAT_REQUIRED":
      return "Seats that come with a partner's Action Pack stay with the pack and can't be moved to another plan. Buy E3 seats for this tenant first; those can be switched.";
    case "DEPENDENCY_VIOLATION":
      if (ruleId === "SBX-ASG-AC-SFB") {
        return `Users with Audio Conferencing get Skype for Business from the current plan, and ${target} doesn't include it. Take Audio Conferencing away from them first, or pick a plan that includes Skype for Business.`;
      }
      if (Array.isArray(details?.addOns)) {
        return `${target} can't keep ${skuList(details?.addOns)}, which this tenant owns: that combination can't be bought (${RULES[ruleId]?.title ?? ruleId}). Take those licenses off users and cancel them first, then switch; nothing was changed.`;
      }
      return `Users with Calling Plans get Phone System from the current plan, and ${target} doesn't include it. Buy Phone System add-on seats for them first, or pick a plan that includes Phone System.`;
    default:
      return undefined;
  }
}

function describePlanSwitch(ruleId: string, what: string, details: Details): string {
  const targets = skuList(details?.targets);
  switch (ruleId) {
    case "R-PS-BP":
    case "R-CP-BP":
      return `Business Premium already contains Skype for Business, but it can't be extended with cloud calling such as ${what}. Move to an Enterprise plan (${targets}) first; E5 is worth comparing because it already has Phone System.`;
    case "R-PS-PP":
    case "R-CP-PP/S2":
    case "R-PS-S2":
      return `${what} isn't sold on top of ${skuLabel(details?.plan)}. Move to an Enterprise plan (${targets}) first; there Phone System can be added, or is already part of E5.`;
    case "F-1":
      return `Skype for Business Online Plan 1 is too limited for ${what}. Move to ${targets} first.`;
    case "R-AC-E5N-b":
      return "E5 without Audio Conferencing can't add Audio Conferencing on its own. Audio Conferencing is sold in your country, so switch to the full Enterprise E5, which includes it.";
    case "SBX-ONE-PLAN":
      return `This tenant's base plan is ${skuLabel(details?.plan)}. Seats of ${what} aren't bought next to it; use Switch plans to move to ${what} instead.`;
    default:
      return `${what} needs a different plan: switch to ${targets} first.`;
  }
}

function describePrerequisite(ruleId: string, what: string): string {
  switch (ruleId) {
    case "R-CP-1":
      return `${what} only works with Phone System, and this tenant has none. Buy the Phone System add-on (or move to E5, which includes it); then Calling Plans can be bought.`;
    case "R-CC-2":
    case "R-CC-1":
      return "Communications Credits pay for calls made with Audio Conferencing or with a Calling Plan, and this tenant has neither. Buy Audio Conferencing, or Phone System together with a Calling Plan, first.";
    case "R-VM-E14":
      return "Voicemail on E1 and E4 needs Exchange Online Plan 2. Buy it as an add-on, or move to E3 or E5, which include it.";
    case "R-ASG-CP":
      return "Phone calls to and from phone numbers need a Calling Plan on the user, and this user has none. Assign a Domestic, or a Domestic and International, Calling Plan.";
    case "R-ASG-CP-PS":
      return "The user has a Calling Plan but no Phone System, and a Calling Plan only works together with Phone System. Assign Phone System (or E5) to the user.";
    case "R-NUM-USER":
      return "User phone numbers come with Calling Plan licenses, and this tenant has none. Buy Calling Plan seats first; each one makes room for about one more number.";
    case "R-ASG-AC":
      return "Toll-free dial-in and dial-out belong to meetings run with Audio Conferencing, and the organizer has no Audio Conferencing license. Assign it (E5 includes it).";
    default:
      return `${what} needs another add-on to be owned first.`;
  }
}

function describeCountry(ruleId: string, what: string, details: Details): string {
  const where = countryLabel(details);
  switch (ruleId) {
    case "R-AC-E5N-a":
      return `Audio Conferencing isn't sold in ${where}, so E5 without Audio Conferencing can't gain it by switching. Use a third-party audio conferencing provider instead.`;
    case "R-GEO-1":
      return `Audio Conferencing isn't sold in ${where}. A third-party audio conferencing provider can fill the gap.`;
    case "R-GEO-4":
      return "Toll numbers in Chile are only for organizations located in Chile, and this tenant is elsewhere.";
    case "SBX-NUM-COUNTRY":
      return `${where} doesn't offer ${details?.kind === "serviceTollFree" ? "toll-free" : "toll"} service numbers here.`;
    case "R-ASG-LOC":
      if (details?.scope === "numberCountry")
        return `This number is in ${where}, and the user's usage location is ${String(details?.usageLocation ?? "not set")}. Give it to a user located there, or set this user's usage location first.`;
      return `${what} isn't available in ${where}.`;
    case "R-GEO-2":
      if (details?.scope === "numbers") return `Calling Plans aren't sold in ${where}, so there are no user phone numbers there.`;
      return details?.scope === "usageLocation"
        ? `Calling Plans aren't sold in ${where}, this user's usage location. A Calling Plan follows where the user is, not the billing address; change the usage location if it is wrong.`
        : `Calling Plans aren't sold in ${where}, the tenant's country. Each user's Calling Plan follows their usage location, which must be one of the countries where Calling Plans are sold.`;
    case "R-GEO-3":
      return "Calling Plans in Canada are limited to preview (early adopter) tenants, and this tenant isn't one.";
    case "R-GEO-5":
      return `Phone System isn't sold in ${where}.`;
    case "R-CC-5":
      return `Communications Credits aren't available in ${where}, so they can't be set up for this tenant.`;
    default:
      return `${what} isn't available in ${where}.`;
  }
}

/** Builds a cited Reason. The message always comes from describeDenial. */
export function deny(
  code: DenialCode,
  ruleId: string,
  opts: { remedies?: Remedy[]; details?: Record<string, unknown>; subject?: string } = {},
): Reason {
  const reason: Reason = {
    code,
    message: describeDenial(code, ruleId, opts.details, opts.subject),
    ruleId,
    doc: ruleDoc(ruleId),
    remedies: opts.remedies ?? [],
  };
  if (opts.details !== undefined) reason.details = opts.details;
  return reason;
}

/** Our sentence for a non-blocking recommendation. */
export function describeRecommendation(ruleId: string, details?: Record<string, unknown>): string {
  switch (ruleId) {
    case "R-REC-E5":
    case "A-1":
      return "For calling and conferencing, compare with Enterprise E5: it already contains Phone System and Audio Conferencing and may cost less than adding them one by one.";
    case "R-REC-COST":
      return "You are adding several add-ons one by one. Check whether a plan that already includes them (such as E5) would cost less overall.";
    case "R-AC-CC":
      return "With Audio Conferencing, set up Communications Credits so toll-free dial-in and dial-out beyond the included destinations keep working.";
    case "R-REC-AR":
      return "Turn on auto-recharge so the balance is topped up before it runs out; an empty balance stops calls paid from it.";
    case "R-REC-CCE5":
      return "Users on E5 still need a Communications Credits license to make calls paid from the balance.";
    case "R-PS-HYB":
      return "Users whose calls go through on-premises phone equipment (hybrid) need Phone System only; don't buy Calling Plans for them.";
    case "R-VM-E14":
    case "A-9":
      return "On E1 and E4, voicemail for Phone System users also needs Exchange Online Plan 2 (or a move to E3 or E5).";
    case "R-CP-2":
      return "Phone System is in place: Calling Plans can now be bought. Different users may get different Calling Plans.";
    case "R-ASG-CC":
      return "Communications Credits are set up: give this user a Communications Credits license too, so calls beyond the Calling Plan minutes or the included conferencing can be paid from the balance.";
    case "R-ASG-LAT":
      return "A newly assigned Calling Plan can take up to a day before the user can call with it.";
    case "R-GEO-2":
      return `A Calling Plan follows each user's usage location; only users located where Calling Plans are sold can be assigned one${
        typeof details?.country === "string" ? ` (this tenant is in ${details.country})` : ""
      }.`;
    default:
      return RULES[ruleId]?.title ?? ruleId;
  }
}

/** Builds a cited Recommendation. */
export function recommend(ruleId: string, details?: Record<string, unknown>): Recommendation {
  return { ruleId, message: describeRecommendation(ruleId, details), doc: ruleDoc(ruleId) };
}
