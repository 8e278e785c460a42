/**
 * The ONE place where denial and recommendation wording lives (conventions.md "Errors").
 *
 * Every rule id the engine cites is listed in RULES (rule-index.ts) with the documentation page and anchor
 * it comes from.
 *
 * All sentences are our own words, never copies of the documentation.
 */
import { formatUsdDisplay } from "./money";
import { SKU_CATALOG, isSkuPartNumber } from "./catalog";
import { RULES, ruleDoc } from "./rule-index";
import type { DenialCode, Reason, Recommendation, Remedy } from "./types";

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
