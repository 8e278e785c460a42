/**
 * Feature availability by organization type and cloud, for the Home panel (catalogue §6).
 *
 * §6.1: org type blocks none of the add-ons; only Skype Meeting Broadcast is unavailable to .EDU (SBX-ORG-1).
 * §6.2: on Office 365 operated by 21Vianet, Audio Conferencing, Calling Plans and Communications Credits are
 * not offered (R-21V-1). Phone System is allowed, following the China country page; the docs say nothing
 * either way for 21Vianet, so this is flagged in the note.
 */
import { ORG_TYPES, type Cloud, type OrgType } from "./types";

export type Feature = "meetingBroadcast" | "audioConferencing" | "phoneSystem" | "callingPlans" | "communicationsCredits";

export interface FeatureAvailability {
  feature: Feature;
  available: boolean;
  ruleId: string | null;
  /** Our own short explanation, shown next to the feature. */
  note: string | null;
}

const FEATURES: readonly Feature[] = ["meetingBroadcast", "audioConferencing", "phoneSystem", "callingPlans", "communicationsCredits"];
const NOT_ON_21VIANET: readonly Feature[] = ["audioConferencing", "callingPlans", "communicationsCredits"];

function decideOne(feature: Feature, orgType: OrgType, cloud: Cloud): FeatureAvailability {
  if (cloud === "21vianet" && NOT_ON_21VIANET.includes(feature)) {
    return { feature, available: false, ruleId: "R-21V-1", note: "Not offered by Office 365 operated by 21Vianet." };
  }
  if (feature === "meetingBroadcast" && orgType === "education") {
    return { feature, available: false, ruleId: "SBX-ORG-1", note: "Skype Meeting Broadcast isn't offered to education tenants." };
  }
  if (cloud === "21vianet" && feature === "phoneSystem") {
    return {
      feature,
      available: true,
      ruleId: "R-GEO-5",
      note: "Allowed as on the China country page; the 21Vianet feature list itself isn't documented here.",
    };
  }
  return { feature, available: true, ruleId: null, note: null };
}

/** One row per feature. */
export function decideFeatureAvailability(orgType: OrgType, cloud: Cloud): FeatureAvailability[] {
  return FEATURES.map((f) => decideOne(f, orgType, cloud));
}

export interface FeatureColumn {
  orgType: OrgType;
  rows: FeatureAvailability[];
}

/** The whole table for one cloud: a column per organization type, a row per feature (same order in each). */
export function decideFeatureMatrix(cloud: Cloud): FeatureColumn[] {
  return ORG_TYPES.map((orgType) => ({ orgType, rows: decideFeatureAvailability(orgType, cloud) }));
}
