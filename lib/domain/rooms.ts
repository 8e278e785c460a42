/**
 * Skype Room Systems v2: which licenses a room account (a user object of kind "room", M:245) needs for each
 * of the four scenarios of catalogue §4.3, read with resolution A-15.
 *
 * Columns of the table, by the tenant's plan:
 * - "premiumProPlusSfb": Business Premium (the table's "Office 365 Premium", A-2), ProPlus, or a Skype for
 *   Business Online standalone plan (MCOIMP, MCOSTANDARD). The room holds standalone Skype for Business
 *   licenses, whatever the tenant's plan.
 * - "enterprise": E1, E3, E4, E5 without Audio Conferencing, E5. The room holds the Enterprise suite.
 * - The Skype for Business Server 2015 column (CALs) has no SKU in this sandbox and isn't modelled.
 *
 * Readings (all under A-15 unless noted):
 * - Join a scheduled meeting needs "Plan 1" in the first column; Plan 2 does everything Plan 1 does, so
 *   either standalone plan satisfies it.
 * - "E1 or E3" rows also accept E4 (A-15: E4 follows the E1/E3/E4 section).
 * - Requirements are read as capabilities: dial-out = the column's base license + Audio Conferencing
 *   (E5 includes it; E5 without Audio Conferencing does not, so it needs the add-on like E1/E3).
 * - Phone number: base + Phone System + a Calling Plan. E5's Phone System is included, but E5 has no Calling
 *   Plan, so a room on E5 needs one too (§4.3 "E5 row caveat", R-ASG-CP-PS). A room on on-premises PSTN
 *   needs no Calling Plan (R-ASG-HYB).
 * - Communications Credits are optional for dial-out and phone number (M:252-253): they never decide
 *   `allowed`, they only change the note.
 * - A license from the other column doesn't count (a room in an Enterprise tenant holding only a
 *   standalone SfB plan is judged against the Enterprise column).
 */
import { MUTUALLY_EXCLUSIVE_GROUPS } from "./catalog";
import type { PlanSku, PstnConnectivity, SkuPartNumber, TenantSnapshot } from "./types";

/**
 * SBX-ROOM-SFB (catalogue §4.3, M:249-253): the table's first column ("Office 365 (Business) Premium, ProPlus,
 * or SfB Standalone Plan 2") tells these tenants to give rooms standalone Skype for Business Online Plan 1 or
 * Plan 2. They buy them as add-on licenses next to their plan (the tenant's plan doesn't change). A Plan 1
 * tenant is not in that column (F-1): it can't buy Plan 2 for a room, it switches plans.
 */
export const ROOM_LICENSE_TENANT_PLANS: readonly PlanSku[] = ["O365_BUSINESS_PREMIUM", "OFFICESUBSCRIPTION", "MCOSTANDARD"];
export const ROOM_STANDALONE_LICENSES: readonly PlanSku[] = ["MCOIMP", "MCOSTANDARD"];

/** True when `sku` is a standalone SfB plan a tenant on `plan` buys as a room license (not its own plan). */
export function isRoomAddOnLicense(plan: PlanSku | null, sku: SkuPartNumber): boolean {
  return (
    plan !== null &&
    plan !== sku &&
    ROOM_LICENSE_TENANT_PLANS.includes(plan) &&
    (ROOM_STANDALONE_LICENSES as readonly string[]).includes(sku)
  );
}

/** Can a tenant on `plan` give the room `sku` at all: its own plan, a room add-on license, or any add-on. */
function obtainable(plan: PlanSku | null, sku: SkuPartNumber): boolean {
  if (!(ROOM_STANDALONE_LICENSES as readonly string[]).includes(sku)) return true;
  return plan === null || plan === sku || isRoomAddOnLicense(plan, sku);
}

export const ROOM_SCENARIOS = ["joinScheduledMeeting", "startAdHocMeeting", "dialOut", "phoneNumber"] as const;
export type RoomScenario = (typeof ROOM_SCENARIOS)[number];

export const ROOM_PLAN_FAMILIES = ["premiumProPlusSfb", "enterprise"] as const;
export type RoomPlanFamily = (typeof ROOM_PLAN_FAMILIES)[number];

export const ROOM_SCENARIO_LABELS: Readonly<Record<RoomScenario, string>> = {
  joinScheduledMeeting: "Take part in meetings booked ahead of time",
  startAdHocMeeting: "Start an unplanned meeting from the room",
  dialOut: "Start an unplanned meeting and call phone numbers into it",
  phoneNumber: "Have its own phone number for calls in and out",
};

export interface RoomScenarioDecision {
  scenario: RoomScenario;
  label: string;
  allowed: boolean;
  /**
   * Ways to get there: each entry is one set of licenses to ADD to the room (alternatives, smallest first).
   * Empty when allowed, or when nothing the tenant can assign would do (e.g. no plan).
   */
  missing: SkuPartNumber[][];
  /** Our sentence: what the scenario needs under this plan and what is missing. */
  explanation: string;
  /** Only for dial-out and phone number: Communications Credits are optional (M:252-253). */
  creditsNote?: string;
  /**
   * Licenses the room holds that can't sit on one account with the first option's licenses (Graph's mutual
   * exclusion, e.g. Business Premium with standalone Plan 1): they must be removed in the same change.
   */
  conflicting?: SkuPartNumber[];
  ruleId: string;
}

const STANDALONE_FAMILY_PLANS: readonly PlanSku[] = ["O365_BUSINESS_PREMIUM", "OFFICESUBSCRIPTION", "MCOIMP", "MCOSTANDARD"];
const ENTERPRISE_BASE: readonly SkuPartNumber[] = [
  "STANDARDPACK",
  "ENTERPRISEPACK",
  "ENTERPRISEWITHSCAL",
  "ENTERPRISEPREMIUM_NOPSTNCONF",
  "ENTERPRISEPREMIUM",
];
const CALLING_PLANS: SkuPartNumber[] = ["MCOPSTN1", "MCOPSTN2"];

/** The table column for a tenant plan; null when the tenant has no plan yet. */
export function findRoomPlanFamily(plan: PlanSku | null): RoomPlanFamily | null {
  if (plan === null) return null;
  return STANDALONE_FAMILY_PLANS.includes(plan) ? "premiumProPlusSfb" : "enterprise";
}

/** A requirement: alternatives (OR) of conjunctions (AND) of clauses, each clause "any one of these skus". */
type Clause = readonly SkuPartNumber[];
type Requirement = readonly (readonly Clause[])[];

function requirementFor(family: RoomPlanFamily, scenario: RoomScenario, pstn: PstnConnectivity): Requirement {
  const callingPlan: Clause[] = pstn === "onPremises" ? [] : [CALLING_PLANS];
  if (family === "premiumProPlusSfb") {
    switch (scenario) {
      case "joinScheduledMeeting":
        return [[["MCOIMP", "MCOSTANDARD"]]];
      case "startAdHocMeeting":
        return [[["MCOSTANDARD"]]];
      case "dialOut":
        return [[["MCOSTANDARD"], ["MCOMEETADV"]]];
      case "phoneNumber":
        return [[["MCOSTANDARD"], ["MCOEV"], ...callingPlan]];
    }
  }
  switch (scenario) {
    case "joinScheduledMeeting":
    case "startAdHocMeeting":
      return [[ENTERPRISE_BASE]];
    case "dialOut":
      return [
        [["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEWITHSCAL", "ENTERPRISEPREMIUM_NOPSTNCONF"], ["MCOMEETADV"]],
        [["ENTERPRISEPREMIUM"]],
      ];
    case "phoneNumber":
      return [
        [["STANDARDPACK", "ENTERPRISEPACK", "ENTERPRISEWITHSCAL"], ["MCOEV"], ...callingPlan],
        [["ENTERPRISEPREMIUM_NOPSTNCONF", "ENTERPRISEPREMIUM"], ...callingPlan],
      ];
  }
}

/**
 * The smallest license sets to add for each alternative. A clause made of Enterprise suites can only be met
 * with the tenant's own plan (a tenant has one plan); when the plan is unknown the first listed sku is
 * suggested. Standalone Skype for Business licenses (first column) are the room's own licenses, whatever
 * the tenant's plan.
 */
function missingOptions(req: Requirement, held: readonly SkuPartNumber[], plan: PlanSku | null): SkuPartNumber[][] {
  const options: SkuPartNumber[][] = [];
  for (const alternative of req) {
    const toAdd: SkuPartNumber[] = [];
    let reachable = true;
    for (const clause of alternative) {
      if (clause.some((s) => held.includes(s))) continue;
      if (clause.every((s) => ENTERPRISE_BASE.includes(s))) {
        if (plan === null) toAdd.push(clause[0]);
        else if (clause.includes(plan)) toAdd.push(plan);
        else reachable = false;
      } else {
        const sku = clause.find((c) => obtainable(plan, c));
        if (sku === undefined) reachable = false;
        else toAdd.push(sku);
      }
    }
    if (reachable) options.push(toAdd);
  }
  const unique = options.filter((o, i) => options.findIndex((p) => p.join() === o.join()) === i);
  return unique.sort((a, b) => a.length - b.length);
}

/** Held licenses that share a mutual-exclusion group with one of `adding` (catalog MUTUALLY_EXCLUSIVE_GROUPS). */
function conflictsWith(held: readonly SkuPartNumber[], adding: readonly SkuPartNumber[]): SkuPartNumber[] {
  return held.filter((h) => MUTUALLY_EXCLUSIVE_GROUPS.some((g) => g.skus.includes(h) && adding.some((a) => a !== h && g.skus.includes(a))));
}

function describeRoomScenario(scenario: RoomScenario, family: RoomPlanFamily | null, allowed: boolean, pstn: PstnConnectivity): string {
  if (family === null) return "The tenant has no plan yet, so no license can be given to the room. Buy a plan first.";
  const standalone = family === "premiumProPlusSfb";
  const needs: Record<RoomScenario, string> = {
    joinScheduledMeeting: standalone
      ? "a standalone Skype for Business Online license (Plan 1 is enough)"
      : "an Enterprise suite license (E1, E3, E4 or E5)",
    startAdHocMeeting: standalone
      ? "Skype for Business Online Plan 2 (Plan 1 can only join meetings)"
      : "an Enterprise suite license (E1, E3, E4 or E5)",
    dialOut: standalone
      ? "Skype for Business Online Plan 2 together with Audio Conferencing"
      : "E1, E3 or E4 with Audio Conferencing, or the full E5, which already has it",
    phoneNumber:
      pstn === "onPremises"
        ? standalone
          ? "Skype for Business Online Plan 2 with Phone System; its calls go through the on-premises phone system, so no Calling Plan"
          : "E1, E3 or E4 with Phone System, or E5; its calls go through the on-premises phone system, so no Calling Plan"
        : standalone
          ? "Skype for Business Online Plan 2 with Phone System and a Calling Plan"
          : "E1, E3 or E4 with Phone System and a Calling Plan, or E5 with a Calling Plan (E5 has Phone System but no Calling Plan)",
  };
  return allowed ? `The room can do this: it has ${needs[scenario]}.` : `For this the room needs ${needs[scenario]}.`;
}

function creditsNoteFor(scenario: RoomScenario, creditsEnabled: boolean): string | undefined {
  if (scenario !== "dialOut" && scenario !== "phoneNumber") return undefined;
  return creditsEnabled
    ? "Communications Credits are set up: with a Communications Credits license the room's calls beyond what is included are paid from the balance."
    : "Communications Credits are optional here; without them the room is limited to what its licenses include.";
}

/**
 * The four room scenarios for a tenant's plan (or a column given directly) and the licenses the room holds.
 * `context` may be a TenantSnapshot (its plan and creditsEnabled are used), a plan sku, a column, or null.
 */
export function decideRoomScenarios(
  context: TenantSnapshot | PlanSku | RoomPlanFamily | null,
  roomLicenses: readonly SkuPartNumber[],
  creditsEnabled?: boolean,
  pstnConnectivity: PstnConnectivity = "online",
): RoomScenarioDecision[] {
  let plan: PlanSku | null = null;
  let family: RoomPlanFamily | null;
  let credits = creditsEnabled ?? false;
  if (context === null) family = null;
  else if (typeof context === "object") {
    plan = context.plan;
    family = findRoomPlanFamily(plan);
    credits = creditsEnabled ?? context.creditsEnabled;
  } else if ((ROOM_PLAN_FAMILIES as readonly string[]).includes(context)) family = context as RoomPlanFamily;
  else {
    plan = context as PlanSku;
    family = findRoomPlanFamily(plan);
  }

  return ROOM_SCENARIOS.map((scenario): RoomScenarioDecision => {
    const base = { scenario, label: ROOM_SCENARIO_LABELS[scenario], ruleId: "A-15" };
    const creditsNote = creditsNoteFor(scenario, credits);
    if (family === null) {
      return {
        ...base,
        allowed: false,
        missing: [],
        explanation: describeRoomScenario(scenario, null, false, pstnConnectivity),
        ...(creditsNote ? { creditsNote } : {}),
      };
    }
    const req = requirementFor(family, scenario, pstnConnectivity);
    const allowed = req.some((alternative) => alternative.every((clause) => clause.some((s) => roomLicenses.includes(s))));
    const missing = allowed ? [] : missingOptions(req, roomLicenses, plan);
    const conflicting = missing.length > 0 ? conflictsWith(roomLicenses, missing[0]) : [];
    let explanation = describeRoomScenario(scenario, family, allowed, pstnConnectivity);
    if (!allowed && missing.length === 0) {
      explanation +=
        " This tenant's plan can't give the room that license: switch to Business Premium, ProPlus, Skype for Business Online Plan 2 or an Enterprise plan.";
    }
    if (conflicting.length > 0) {
      explanation += ` Take ${conflicting.join(", ")} off the room in the same change: it can't sit on one account with ${missing[0].join(", ")}.`;
    }
    return {
      ...base,
      allowed,
      missing,
      explanation,
      ...(creditsNote ? { creditsNote } : {}),
      ...(conflicting.length > 0 ? { conflicting } : {}),
    };
  });
}
