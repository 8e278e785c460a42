/**
 * License assignment decisions (catalogue §4, graph-licensing-notes §4.1/§4.3/§4.4), with Microsoft Graph's
 * `assignLicense` semantics: one change = { add, remove }, evaluated as a whole, all or nothing.
 *
 * Normalisation (documented choices):
 * - Adding a license the user already holds is a no-op, not an error (idempotent); so is removing one the
 *   user doesn't hold. Only the *effective* changes (`added`, `removed`) consume or free seats.
 * - A sku listed in both `add` and `remove`: the final set is (current - remove) + add, so it ends up held.
 *   (The API layer should reject such a body as VALIDATION_FAILED; the domain just stays deterministic.)
 * - A change with no effective add or remove succeeds without any check (nothing to evaluate).
 *
 * What is checked on what:
 * - Admission gates (usage location, hybrid, country, credits set up, seats) apply only to licenses the
 *   change ADDS. A license the user already holds was admitted when it was assigned; Graph does not
 *   re-count seats for it either.
 * - Structural invariants (mutual exclusion, Calling Plan -> Phone System) are evaluated on the FINAL set,
 *   which is what makes "add E3 + Phone System + Calling Plan in one change" valid and "remove Phone
 *   System while the Calling Plan stays" invalid.
 *
 * Order of checks; the first failure is the answer, so the remedy it names is the one that unblocks:
 *   1. USAGE_LOCATION_REQUIRED   (R-ASG-LOC)  nothing country-dependent can be judged without it; Graph too
 *                                             refuses any direct assignment without a usage location.
 *   2. HYBRID_USER_CALLING_PLAN  (R-ASG-HYB)  a Calling Plan for an on-premises PSTN user is never right,
 *                                             so buying seats or fixing dependencies would not help.
 *   3. COUNTRY_NOT_AVAILABLE     (R-GEO-2, R-GEO-3) the Calling Plan can't be used where the user is.
 *   4. MUTUALLY_EXCLUSIVE        (MUTUALLY_EXCLUSIVE_GROUPS, e.g. SBX-MX-CALLING-PLAN) on the final set.
 *   5. DEPENDENCY_VIOLATION      (R-ASG-CP-PS) on the final set: a Calling Plan added without Phone System,
 *                                             or Phone System (MCOEV / E5 / E5 without AC) removed under one.
 *                                (SBX-ASG-AC-SFB) on the final set: the Audio Conferencing add-on without Skype
 *                                             for Business Online Plan 2 (alone or in a plan), added or left
 *                                             behind by removing the plan (graph-licensing-notes §4.3 D1).
 *   6. CREDITS_NOT_SET_UP        (R-CC-3)    the Communications Credits license exists only once they're set up.
 *   7. INSUFFICIENT_LICENSES     (R-ASG-SEAT) last: we never send anyone to buy seats for a change that
 *                                             would still be refused for another reason.
 */
import { GRAPH_SERVICE_PLAN_IDS } from "./graph-skus.data";
import { MUTUALLY_EXCLUSIVE_GROUPS, isPlanSku, licensesProvide, planIncludes } from "./catalog";
import { findCountry } from "./countries";
import { withPolicy } from "./policy";
import { isRoomAddOnLicense } from "./rooms";
import { isCallingPlanSku } from "./pools";
import { deny, recommend } from "./reasons";
import { CREDITS_SKU, seatsUnlimited } from "./seat-usage";
import { activeSeats, assignedSeats } from "./tenant";
import type { Recommendation, Reason, Remedy, Result, SkuPartNumber, TenantSnapshot, UserSnapshot } from "./types";

export interface LicenseChange {
  add: readonly SkuPartNumber[];
  remove: readonly SkuPartNumber[];
  /** Graph's disabledPlans for the skus in `add` (held or new): they replace the user's current ones. */
  disabledPlans?: Partial<Record<SkuPartNumber, readonly string[]>>;
}

/**
 * R-ASG-CP-PS with Graph disabledPlans: a license provides Phone System only while its MCOEV service plan is on. A user whose
 * Phone System plan is disabled (Graph disabledPlans) counts as having no Phone System (R-ASG-CP-PS).
 */
function phoneSystemOn(licenses: readonly SkuPartNumber[], disabled: Partial<Record<SkuPartNumber, readonly string[]>>): boolean {
  return licenses.some((s) => licensesProvide([s], "phoneSystem") && !(disabled[s] ?? []).includes(GRAPH_SERVICE_PLAN_IDS.MCOEV));
}

export interface LicenseChangeOutcome {
  /** The user's licenses after the change (current order kept, new ones appended). */
  licenses: SkuPartNumber[];
  /** Licenses that were actually added (requested and not already held). */
  added: SkuPartNumber[];
  /** Licenses that were actually removed (requested and held). */
  removed: SkuPartNumber[];
  /** Requested additions already held, or removals not held: accepted as no-ops. */
  ignored: { alreadyHeld: SkuPartNumber[]; notHeld: SkuPartNumber[] };
  recommendations: Recommendation[];
  /**
   * The rule ids that allowed the change, in the order of checks (audit trail): R-ASG-LOC (or R-GEO-3 in
   * Canada) for an added Calling Plan, R-ASG-CP-PS when Calling Plans in the final set keep Phone System
   * after one was added or a Phone System source removed, SBX-ASG-REMOVE for removals, R-CC-3 for an added
   * Communications Credits license, R-ASG-SEAT when an added license took a seat. Empty for a no-op change
   * (nothing was evaluated).
   */
  allowedBy: string[];
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export function phoneSystemRemedy(snapshot: TenantSnapshot): Remedy {
  // On E5 / E5 without AC the tenant has no MCOEV seats: the plan itself is what gives Phone System.
  return snapshot.plan !== null && planIncludes(snapshot.plan, "MCOEV")
    ? { action: "assign", sku: snapshot.plan }
    : { action: "assign", sku: "MCOEV" };
}

/** What gives a user Skype for Business Online Plan 2: the tenant's plan when it contains it, else the standalone Plan 2. */
function skypeRemedy(snapshot: TenantSnapshot): Remedy {
  return snapshot.plan !== null && licensesProvide([snapshot.plan], "skypeForBusinessPlan2")
    ? { action: "assign", sku: snapshot.plan }
    : { action: "assign", sku: "MCOSTANDARD" };
}

function seatRemedies(snapshot: TenantSnapshot, sku: SkuPartNumber): Remedy[] {
  if (isRoomAddOnLicense(snapshot.plan, sku)) return [{ action: "purchase", sku }]; // SBX-ROOM-SFB: bought next to the plan
  if (snapshot.plan !== null && sku !== snapshot.plan && planIncludes(snapshot.plan, sku)) {
    // The product comes inside the plan: give the user the plan rather than buying the add-on.
    return [{ action: "assign", sku: snapshot.plan }];
  }
  if (isPlanSku(sku) && snapshot.plan !== null && sku !== snapshot.plan) {
    // A plan sku other than the tenant's plan is reached by switching plans (SBX-ONE-PLAN), not bought next to it.
    return [{ action: "switchPlan", to: [sku] }];
  }
  return [{ action: "purchase", sku }];
}

export function callingPlanCountryGate(snapshot: TenantSnapshot, user: UserSnapshot, sku: SkuPartNumber): Reason | null {
  const country = findCountry(user.usageLocation);
  const details = {
    sku,
    usageLocation: user.usageLocation,
    country: user.usageLocation,
    countryName: country?.name ?? user.usageLocation,
    scope: "usageLocation",
  };
  // R-GEO-3: Canada is sold to preview tenants only.
  if (country?.callingPlansPreviewOnly) {
    return snapshot.policy.canadaCallingPlansPreview
      ? null
      : withPolicy(deny("COUNTRY_NOT_AVAILABLE", "R-GEO-3", { details }), "canadaCallingPlansPreview");
  }
  // R-GEO-2: the user's usage location, not the tenant's billing country, decides (CP:45).
  if (!country?.callingPlans) return deny("COUNTRY_NOT_AVAILABLE", "R-GEO-2", { details });
  return null;
}

/**
 * Decides one user's license change (see the module comment for the semantics and the order of checks).
 * Pure: returns the user's final licenses; the caller writes them and the new assigned counts.
 */
export function decideLicenseChange(snapshot: TenantSnapshot, user: UserSnapshot, change: LicenseChange): Result<LicenseChangeOutcome> {
  const current = unique(user.licenses);
  const requestedAdd = unique(change.add);
  const requestedRemove = unique(change.remove);
  const added = requestedAdd.filter((s) => !current.includes(s));
  const removed = requestedRemove.filter((s) => current.includes(s) && !requestedAdd.includes(s));
  const ignored = {
    alreadyHeld: requestedAdd.filter((s) => current.includes(s)),
    notHeld: requestedRemove.filter((s) => !current.includes(s)),
  };
  const licenses = [...current.filter((s) => !removed.includes(s)), ...added];

  const disabled = { ...(user.disabledPlans ?? {}), ...(change.disabledPlans ?? {}) };
  const disabledChanged = Object.keys(change.disabledPlans ?? {}).length > 0;
  if (added.length === 0 && removed.length === 0 && !disabledChanged) {
    return { ok: true, value: { licenses, added, removed, ignored, recommendations: [], allowedBy: [] } };
  }

  // 1. R-ASG-LOC: no assignment without a usage location (removals alone are fine).
  if (added.length > 0 && !user.usageLocation) {
    return {
      ok: false,
      error: deny("USAGE_LOCATION_REQUIRED", "R-ASG-LOC", {
        remedies: [{ action: "setUsageLocation" }],
        details: { userId: user.id, sku: added[0] },
      }),
    };
  }

  const addedCallingPlans = added.filter(isCallingPlanSku);

  // 2. R-ASG-HYB: on-premises PSTN users get Phone System only, never a Calling Plan.
  if (addedCallingPlans.length > 0 && user.pstnConnectivity === "onPremises") {
    return {
      ok: false,
      error: deny("HYBRID_USER_CALLING_PLAN", "R-ASG-HYB", {
        // Phone System is all such a user needs; nothing to suggest when they already have it.
        remedies: licensesProvide(user.licenses, "phoneSystem") ? [] : [phoneSystemRemedy(snapshot)],
        details: { userId: user.id, sku: addedCallingPlans[0] },
      }),
    };
  }

  // 3. R-GEO-2 / R-GEO-3: the Calling Plan must be sold where the user is located.
  for (const sku of addedCallingPlans) {
    const refusal = callingPlanCountryGate(snapshot, user, sku);
    if (refusal) return { ok: false, error: refusal };
  }

  // 4. Mutually exclusive licenses on the final set (graph notes §4.3; groups and ids from the catalog).
  for (const group of MUTUALLY_EXCLUSIVE_GROUPS) {
    const held = licenses.filter((s) => group.skus.includes(s));
    if (held.length > 1) {
      const subject = held.find((s) => added.includes(s)) ?? held[held.length - 1];
      return {
        ok: false,
        error: deny("MUTUALLY_EXCLUSIVE", group.ruleId, {
          details: { userId: user.id, sku: subject, conflictsWith: held.filter((s) => s !== subject), group: group.label },
        }),
      };
    }
  }

  // 5. R-ASG-CP-PS on the final set: a Calling Plan needs Phone System on the same user.
  const finalCallingPlans = licenses.filter(isCallingPlanSku);
  if (finalCallingPlans.length > 0 && !phoneSystemOn(licenses, disabled)) {
    const lostPhoneSystem = removed.filter((s) => licensesProvide([s], "phoneSystem"));
    const onAdd = addedCallingPlans.length > 0;
    return {
      ok: false,
      error: deny("DEPENDENCY_VIOLATION", "R-ASG-CP-PS", {
        remedies: [phoneSystemRemedy(snapshot)],
        details: onAdd
          ? { userId: user.id, direction: "add", sku: addedCallingPlans[0], requires: "phoneSystem" }
          : {
              userId: user.id,
              direction: lostPhoneSystem.length > 0 ? "remove" : "existing",
              sku: lostPhoneSystem[0] ?? finalCallingPlans[0],
              dependents: finalCallingPlans,
              requires: "phoneSystem",
            },
      }),
    };
  }

  // 5b. SBX-ASG-AC-SFB (graph notes §4.3 D1): Audio Conferencing depends on Skype for Business Online. E5 carries
  // both; the add-on needs Plan 2 on the same user, alone or through a plan (ProPlus has none, Plan 1 is not enough).
  if (licenses.includes("MCOMEETADV") && !licensesProvide(licenses, "skypeForBusinessPlan2")) {
    const lostSkype = removed.filter((s) => licensesProvide([s], "skypeForBusinessPlan2"));
    const onAdd = added.includes("MCOMEETADV");
    return {
      ok: false,
      error: deny("DEPENDENCY_VIOLATION", "SBX-ASG-AC-SFB", {
        remedies: lostSkype.length > 0 ? [{ action: "unassign", sku: "MCOMEETADV" }] : [skypeRemedy(snapshot)],
        details: onAdd
          ? { userId: user.id, direction: "add", sku: "MCOMEETADV", requires: "skypeForBusiness" }
          : {
              userId: user.id,
              direction: lostSkype.length > 0 ? "remove" : "existing",
              sku: lostSkype[0] ?? "MCOMEETADV",
              dependents: ["MCOMEETADV"],
              requires: "skypeForBusiness",
            },
      }),
    };
  }

  // 6. R-CC-3: Communications Credits licenses appear once credits are set up.
  if (added.includes(CREDITS_SKU) && !snapshot.creditsEnabled) {
    return {
      ok: false,
      error: deny("CREDITS_NOT_SET_UP", "R-CC-3", {
        remedies: [{ action: "purchase", sku: CREDITS_SKU }],
        details: { userId: user.id, sku: CREDITS_SKU },
      }),
    };
  }

  // 7. R-ASG-SEAT: a free seat of every added sku (a sku the tenant doesn't own has 0 seats).
  for (const sku of added) {
    if (seatsUnlimited(snapshot, sku)) continue;
    const purchased = activeSeats(snapshot, sku);
    const assigned = assignedSeats(snapshot, sku);
    if (purchased - assigned < 1) {
      return {
        ok: false,
        error: deny("INSUFFICIENT_LICENSES", "R-ASG-SEAT", {
          remedies: seatRemedies(snapshot, sku),
          details: { userId: user.id, sku, purchased, assigned, available: purchased - assigned },
        }),
      };
    }
  }

  return {
    ok: true,
    value: {
      licenses,
      added,
      removed,
      ignored,
      recommendations: recommendationsFor(snapshot, user, licenses, added),
      allowedBy: changeAllowedBy(snapshot, user, licenses, added, removed),
    },
  };
}

/** The rules that allowed a change that passed every check (see LicenseChangeOutcome.allowedBy). */
function changeAllowedBy(
  snapshot: TenantSnapshot,
  user: UserSnapshot,
  licenses: SkuPartNumber[],
  added: SkuPartNumber[],
  removed: SkuPartNumber[],
): string[] {
  const ids: string[] = [];
  const addsCallingPlan = added.some(isCallingPlanSku);
  // Steps 1-3: a Calling Plan follows the user's usage location; Canada only for preview tenants.
  if (addsCallingPlan) ids.push(findCountry(user.usageLocation)?.callingPlansPreviewOnly ? "R-GEO-3" : "R-ASG-LOC");
  // Step 5: the dependency had something to check (a Calling Plan added, or a Phone System source removed) and holds.
  const removedPhoneSystem = removed.some((s) => licensesProvide([s], "phoneSystem"));
  if (licenses.some(isCallingPlanSku) && (addsCallingPlan || removedPhoneSystem)) ids.push("R-ASG-CP-PS");
  if (
    licenses.includes("MCOMEETADV") &&
    (added.includes("MCOMEETADV") || removed.some((s) => licensesProvide([s], "skypeForBusinessPlan2")))
  ) {
    ids.push("SBX-ASG-AC-SFB");
  }
  if (removed.length > 0) ids.push("SBX-ASG-REMOVE");
  // Step 6: credits are set up, so their license can be assigned (unlimited).
  if (added.includes(CREDITS_SKU)) ids.push("R-CC-3");
  // Step 7: every added license with a seat count found a free seat.
  if (added.some((sku) => !seatsUnlimited(snapshot, sku))) ids.push("R-ASG-SEAT");
  return ids;
}

function recommendationsFor(
  snapshot: TenantSnapshot,
  user: UserSnapshot,
  licenses: SkuPartNumber[],
  added: SkuPartNumber[],
): Recommendation[] {
  const out: Recommendation[] = [];
  const hasCredits = licenses.includes(CREDITS_SKU);
  const onE5 = licenses.includes("ENTERPRISEPREMIUM") || licenses.includes("ENTERPRISEPREMIUM_NOPSTNCONF");
  // R-REC-CCE5: E5 users should still get the Communications Credits license (SC:93).
  if (onE5 && !hasCredits) out.push(recommend("R-REC-CCE5"));
  // R-ASG-CC: a calling user (Calling Plan or Audio Conferencing) needs the credits license for calls paid
  // from the balance; only said when credits are set up, and not twice for E5 users.
  else if (!hasCredits && snapshot.creditsEnabled && (licenses.some(isCallingPlanSku) || licensesProvide(licenses, "audioConferencing"))) {
    out.push(recommend("R-ASG-CC"));
  }
  // R-PS-HYB: hybrid users on on-premises PSTN need Phone System only.
  if (user.pstnConnectivity === "onPremises") out.push(recommend("R-PS-HYB"));
  // R-ASG-LAT: a new Calling Plan can take up to a day to become active.
  if (added.some(isCallingPlanSku)) out.push(recommend("R-ASG-LAT"));
  return out;
}

export interface BulkUserResult {
  userId: string;
  result: Result<LicenseChangeOutcome>;
}

export interface BulkLicenseChangeReport {
  /** True only when every user's change passes; then (and only then) the caller writes all of them. */
  ok: boolean;
  results: BulkUserResult[];
  /** The refused users' reasons, in input order (empty when ok). */
  failures: { userId: string; reason: Reason }[];
  /** Assigned counts per sku if every passing change were applied. */
  assignedCountsAfter: Partial<Record<SkuPartNumber, number>>;
}

/**
 * The same change for several users (the admin center's multi-select). Users are decided in input order,
 * each against the seats left after the passing users before it, so the batch as a whole never exceeds
 * the seats (R-ASG-SEAT). A refused user's change frees and takes nothing. All or nothing: `ok` is true
 * only if every user passes.
 */
export function decideBulkLicenseChange(
  snapshot: TenantSnapshot,
  users: readonly UserSnapshot[],
  change: LicenseChange,
): BulkLicenseChangeReport {
  const counts: Partial<Record<SkuPartNumber, number>> = { ...snapshot.assignedCounts };
  const results: BulkUserResult[] = [];
  const failures: { userId: string; reason: Reason }[] = [];
  for (const user of users) {
    const result = decideLicenseChange({ ...snapshot, assignedCounts: { ...counts } }, user, change);
    results.push({ userId: user.id, result });
    if (result.ok) {
      for (const sku of result.value.added) counts[sku] = (counts[sku] ?? 0) + 1;
      for (const sku of result.value.removed) counts[sku] = Math.max(0, (counts[sku] ?? 0) - 1);
    } else {
      failures.push({ userId: user.id, reason: result.error });
    }
  }
  return { ok: failures.length === 0, results, failures, assignedCountsAfter: counts };
}
