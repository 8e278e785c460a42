/**
 * Editing a user's attributes (usage location, PSTN connectivity, kind) while they hold licenses: the admission
 * gates of an assignment (assignment.ts) judged again on the edited user.
 */
import { callingPlanCountryGate, phoneSystemRemedy } from "./assignment";
import { licensesProvide } from "./catalog";
import { isCallingPlanSku } from "./pools";
import { deny } from "./reasons";
import type { Result, SkuPartNumber, TenantSnapshot, UserSnapshot } from "./types";

/** The user attributes an edit may change that the licensing model knows about. */
export type UserAttribute = "usageLocation" | "pstnConnectivity" | "kind";

export interface UserAttributeChangeOutcome {
  /** Attributes whose value differs between before and after. */
  changed: UserAttribute[];
  /** The held licenses that were judged again under the new attributes (empty when nothing needed it). */
  recheckedLicenses: SkuPartNumber[];
}

/**
 * Editing a user: the licenses they hold must still suit their new attributes. `before` and `after` are the
 * same user before and after the edit; `after.licenses` are the licenses held (an edit doesn't change them).
 *
 * When the usage location or the PSTN connectivity changes and the user holds licenses, the attribute gates
 * of an assignment are checked again on `after`, in decideLicenseChange's order:
 *   1. USAGE_LOCATION_REQUIRED  (R-ASG-LOC)  a licensed user keeps a usage location (any license, as Graph).
 *   2. HYBRID_USER_CALLING_PLAN (R-ASG-HYB)  on-premises PSTN with a Calling Plan held.
 *   3. COUNTRY_NOT_AVAILABLE    (R-GEO-2, R-GEO-3) each held Calling Plan against the new usage location.
 * Seats, mutual exclusion, Calling Plan -> Phone System and credits set-up don't depend on the user's
 * attributes: they held when the licenses were assigned and an edit can't break them, so they are not
 * re-judged (an edit never fails for want of seats).
 *
 * The kind (person or room) is not an admission gate for any license: a room account takes the same
 * licenses as a person (rooms.ts only advises which it needs, catalogue §4.3). A kind change alone
 * re-checks nothing.
 */
export function decideUserAttributeChange(
  snapshot: TenantSnapshot,
  before: UserSnapshot,
  after: UserSnapshot,
): Result<UserAttributeChangeOutcome> {
  const changed = (["usageLocation", "pstnConnectivity", "kind"] as const).filter((k) => before[k] !== after[k]);
  const licenses = [...new Set(after.licenses)];
  const admissionRelevant = changed.includes("usageLocation") || changed.includes("pstnConnectivity");
  if (!admissionRelevant || licenses.length === 0) {
    return { ok: true, value: { changed, recheckedLicenses: [] } };
  }

  // 1. R-ASG-LOC: a licensed user can't lose their usage location.
  if (!after.usageLocation) {
    return {
      ok: false,
      error: deny("USAGE_LOCATION_REQUIRED", "R-ASG-LOC", {
        remedies: [{ action: "setUsageLocation" }],
        details: { userId: after.id, sku: licenses[0], held: licenses },
      }),
    };
  }

  const callingPlans = licenses.filter(isCallingPlanSku);

  // 2. R-ASG-HYB: moving a Calling Plan user to on-premises PSTN.
  if (callingPlans.length > 0 && after.pstnConnectivity === "onPremises") {
    return {
      ok: false,
      error: deny("HYBRID_USER_CALLING_PLAN", "R-ASG-HYB", {
        remedies: licensesProvide(licenses, "phoneSystem") ? [] : [phoneSystemRemedy(snapshot)],
        details: { userId: after.id, sku: callingPlans[0] },
      }),
    };
  }

  // 3. R-GEO-2 / R-GEO-3: each held Calling Plan must be sold where the user now is.
  for (const sku of callingPlans) {
    const refusal = callingPlanCountryGate(snapshot, after, sku);
    if (refusal) return { ok: false, error: refusal };
  }

  return { ok: true, value: { changed, recheckedLicenses: licenses } };
}
