/**
 * Every rule id the engine cites, with the documentation page and anchor it comes from and a short title.
 * Catalogue ids (R-..., A-n, F-n) are defined in shared/domain/rules-catalogue.md; ids starting with SBX- are
 * sandbox rules the docs don't state (each says where its idea comes from). The wording of refusals is in
 * reasons.ts.
 */
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
