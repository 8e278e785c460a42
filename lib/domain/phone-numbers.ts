/**
 * Phone numbers (catalogue §2.6, §2.4, §2.5; api.md "Phone numbers and cancelling"): acquiring user and service
 * numbers within the capacity the licenses give, releasing them, and assigning a user number to a user.
 * Pure decisions; the service loads the snapshot, the numbers held and the user, and writes what is decided.
 *
 * Acquire, checked in this order (the first refusal wins):
 *   user numbers      R-GEO-2 / R-GEO-3 (a country where Calling Plans are sold), R-NUM-USER (at least one
 *                     Calling Plan license, then the cap floor(CP x 1.1) + 10, A-21)
 *   toll numbers      SBX-NUM-COUNTRY (the country table offers toll numbers), R-GEO-4 (Chile: organizations
 *                     located in Chile only), R-NUM-SVC / A-20 (the cap)
 *   toll-free numbers SBX-NUM-COUNTRY, R-CC-4 (Communications Credits set up), R-NUM-SVC / A-20 (the cap)
 * Caps are tenant-wide per kind, across countries. Numbers already held stay when a capacity later shrinks
 * (the docs say nothing about taking numbers away); only new acquisitions are refused.
 */
import { CALLING_CODES } from "./calling-codes";
import { findCountry } from "./countries";
import { calculatePhoneNumberCapacity } from "./phone-capacity";
import { withPolicy } from "./policy";
import { deny } from "./reasons";
import type { Reason, Result, TenantSnapshot, UserSnapshot } from "./types";

export const PHONE_NUMBER_KINDS = ["user", "serviceToll", "serviceTollFree"] as const;
export type PhoneNumberKind = (typeof PHONE_NUMBER_KINDS)[number];

export interface PhoneNumberSnapshot {
  id: string;
  /** E.164, e.g. "+14255550100". */
  number: string;
  kind: PhoneNumberKind;
  country: string;
  /** The directory user holding it (user numbers only), or null. */
  assignedTo: string | null;
}

export interface NumberCapacity {
  user: number;
  serviceToll: number;
  serviceTollFree: number;
}

export interface AcquireRequest {
  kind: PhoneNumberKind;
  country: string;
  quantity: number;
}

export interface AcquireDecision {
  numbers: string[];
  allowedBy: string[];
}

const CALLING_PLANS = ["MCOPSTN1", "MCOPSTN2"] as const;

export function numberCapacity(snapshot: TenantSnapshot): NumberCapacity {
  const c = calculatePhoneNumberCapacity(snapshot);
  return { user: c.userNumbers, serviceToll: c.tollServiceNumbers, serviceTollFree: c.tollFreeServiceNumbers };
}

/** The cap's rule per kind. */
const CAP_RULE: Record<PhoneNumberKind, string> = { user: "R-NUM-USER", serviceToll: "R-NUM-SVC", serviceTollFree: "R-NUM-SVC" };

export function decideAcquireNumbers(
  snapshot: TenantSnapshot,
  held: readonly PhoneNumberSnapshot[],
  request: AcquireRequest,
): Result<AcquireDecision> {
  const country = findCountry(request.country);
  const details = { kind: request.kind, country: request.country, countryName: country?.name ?? request.country };
  const allowedBy: string[] = [];
  if (!country) return { ok: false, error: deny("COUNTRY_NOT_AVAILABLE", "SBX-NUM-COUNTRY", { details }) };

  if (request.kind === "user") {
    if (country.callingPlansPreviewOnly && !snapshot.policy.canadaCallingPlansPreview) {
      return { ok: false, error: withPolicy(deny("COUNTRY_NOT_AVAILABLE", "R-GEO-3", { details }), "canadaCallingPlansPreview") };
    }
    if (!country.callingPlans)
      return { ok: false, error: deny("COUNTRY_NOT_AVAILABLE", "R-GEO-2", { details: { ...details, scope: "numbers" } }) };
    allowedBy.push(country.callingPlansPreviewOnly ? "R-GEO-3" : "R-GEO-2");
    if (calculatePhoneNumberCapacity(snapshot).callingPlanLicenses === 0) {
      return {
        ok: false,
        error: deny("PREREQUISITE_MISSING", "R-NUM-USER", { details, remedies: [{ action: "purchase", sku: "MCOPSTN1" }] }),
      };
    }
  } else {
    const offered = request.kind === "serviceToll" ? country.tollNumbers : country.tollFreeNumbers;
    if (!offered) return { ok: false, error: deny("COUNTRY_NOT_AVAILABLE", "SBX-NUM-COUNTRY", { details }) };
    allowedBy.push("SBX-NUM-COUNTRY");
    if (request.kind === "serviceToll" && country.code === "CL") {
      if (snapshot.country !== "CL")
        return { ok: false, error: deny("COUNTRY_NOT_AVAILABLE", "R-GEO-4", { details: { ...details, tenantCountry: snapshot.country } }) };
      allowedBy.push("R-GEO-4");
    }
    if (request.kind === "serviceTollFree") {
      if (!snapshot.creditsEnabled) {
        return { ok: false, error: deny("CREDITS_NOT_SET_UP", "R-CC-4", { details, remedies: [{ action: "purchase", sku: "MCOPSTNC" }] }) };
      }
      allowedBy.push("R-CC-4");
    }
  }

  const capacity = numberCapacity(snapshot)[request.kind];
  const inUse = held.filter((n) => n.kind === request.kind).length;
  if (inUse + request.quantity > capacity) {
    const remedies: Reason["remedies"] =
      request.kind === "user"
        ? [{ action: "purchase", sku: "MCOPSTN1" }, { action: "contactSupport" }]
        : [{ action: "purchase", sku: "MCOEV" }, { action: "purchase", sku: "MCOMEETADV" }, { action: "contactSupport" }];
    return {
      ok: false,
      error: deny("NUMBER_CAPACITY_EXCEEDED", CAP_RULE[request.kind], {
        details: { ...details, capacity, inUse, requested: request.quantity },
        remedies,
      }),
    };
  }
  allowedBy.push(CAP_RULE[request.kind]);
  if (request.kind !== "user") allowedBy.push("A-20");
  return { ok: true, value: { numbers: generateNumbers(request.country, request.kind, held, request.quantity), allowedBy } };
}

/** The national part's prefix per kind: user numbers 555..., toll service numbers 556..., toll-free 800... (10 national digits). */
const PREFIX: Record<PhoneNumberKind, string> = { user: "555", serviceToll: "556", serviceTollFree: "800" };
const SEQUENCE_DIGITS = 7;

/**
 * Plausible fake numbers, deterministic: `+<calling code><kind prefix><7-digit sequence>`, the lowest sequences
 * not yet held by the tenant (so the same holdings always give the same next numbers, and none collide).
 */
export function generateNumbers(
  countryCode: string,
  kind: PhoneNumberKind,
  held: readonly { number: string }[],
  quantity: number,
): string[] {
  const cc = CALLING_CODES[countryCode.toUpperCase()];
  if (!cc) throw new Error(`no calling code for ${countryCode}`);
  const taken = new Set(held.map((n) => n.number));
  const out: string[] = [];
  for (let seq = 100; out.length < quantity; seq++) {
    const candidate = `+${cc}${PREFIX[kind]}${String(seq).padStart(SEQUENCE_DIGITS, "0")}`;
    if (!taken.has(candidate)) out.push(candidate);
  }
  return out;
}

/** Releasing a number: refused while a user holds it (unassign it first). */
export function decideReleaseNumber(number: PhoneNumberSnapshot): Result<{ allowedBy: string[] }> {
  if (number.assignedTo)
    return { ok: false, error: deny("NUMBER_IN_USE", "SBX-NUM-ASSIGN", { details: { number: number.number, context: "release" } }) };
  return { ok: true, value: { allowedBy: [CAP_RULE[number.kind]] } };
}

/**
 * Assigning a user number to a user (SBX-NUM-ASSIGN): user numbers only (service numbers belong to conference
 * bridges, auto attendants and call queues, R-NUM-SVC), one number per user, the number free, the user holding a
 * Calling Plan (R-ASG-CP) whose usage location is the number's country (R-ASG-LOC).
 */
export function decideAssignNumber(
  number: PhoneNumberSnapshot,
  user: UserSnapshot,
  userHasNumber: boolean,
): Result<{ allowedBy: string[] }> {
  const details = { number: number.number, country: number.country, countryName: findCountry(number.country)?.name ?? number.country };
  if (number.kind !== "user")
    return { ok: false, error: deny("VALIDATION_FAILED", "R-NUM-SVC", { details: { ...details, context: "serviceNumber" } }) };
  if (number.assignedTo === user.id) return { ok: true, value: { allowedBy: ["SBX-NUM-ASSIGN"] } };
  if (number.assignedTo)
    return { ok: false, error: deny("NUMBER_IN_USE", "SBX-NUM-ASSIGN", { details: { ...details, context: "taken" } }) };
  if (userHasNumber)
    return { ok: false, error: deny("NUMBER_IN_USE", "SBX-NUM-ASSIGN", { details: { ...details, context: "userHasOne" } }) };
  if (!user.licenses.some((sku) => (CALLING_PLANS as readonly string[]).includes(sku))) {
    return { ok: false, error: deny("PREREQUISITE_MISSING", "R-ASG-CP", { remedies: [{ action: "assign", sku: "MCOPSTN1" }] }) };
  }
  if (user.usageLocation?.toUpperCase() !== number.country) {
    return {
      ok: false,
      error: deny("COUNTRY_NOT_AVAILABLE", "R-ASG-LOC", {
        details: { ...details, scope: "numberCountry", usageLocation: user.usageLocation },
        remedies: [{ action: "setUsageLocation" }],
      }),
    };
  }
  return { ok: true, value: { allowedBy: ["SBX-NUM-ASSIGN", "R-ASG-CP", "R-ASG-LOC"] } };
}

/**
 * A license change or usage-location change on a user who holds a user number (SBX-NUM-ASSIGN): refused when the
 * user would be left without a Calling Plan, or in another country than the number. Unassign the number first.
 */
export function decideUserChangeWithNumber(
  number: PhoneNumberSnapshot | null,
  after: Pick<UserSnapshot, "licenses" | "usageLocation">,
): Reason | null {
  if (!number) return null;
  const details = { number: number.number, country: number.country, context: "userChange" };
  if (!after.licenses.some((sku) => (CALLING_PLANS as readonly string[]).includes(sku))) {
    return deny("DEPENDENCY_VIOLATION", "SBX-NUM-ASSIGN", { details: { ...details, lost: "callingPlan" } });
  }
  if (after.usageLocation?.toUpperCase() !== number.country)
    return deny("DEPENDENCY_VIOLATION", "SBX-NUM-ASSIGN", { details: { ...details, lost: "usageLocation" } });
  return null;
}
