/**
 * How many phone numbers a tenant can get from its licenses (R-NUM-USER, R-NUM-SVC, A-20): the caps
 * themselves are in numbers.ts; this reads the seat counts they are computed from.
 */
import { calculateServiceNumberCap, calculateUserNumberCap, countServiceNumberLicenses } from "./numbers";
import { activeSeats } from "./tenant";
import type { TenantSnapshot } from "./types";

export interface PhoneNumberCapacity {
  callingPlanLicenses: number;
  /** R-NUM-USER */
  userNumbers: number;
  serviceNumberLicenses: number;
  /** R-NUM-SVC: toll and toll-free are capped separately, at the same number. */
  tollServiceNumbers: number;
  tollFreeServiceNumbers: number;
}

export function calculatePhoneNumberCapacity(snapshot: TenantSnapshot): PhoneNumberCapacity {
  const callingPlanLicenses = activeSeats(snapshot, "MCOPSTN1") + activeSeats(snapshot, "MCOPSTN2");
  // each E5 seat once (it has both), plus Phone System and Audio Conferencing add-on seats.
  const serviceNumberLicenses = countServiceNumberLicenses({
    e5: activeSeats(snapshot, "ENTERPRISEPREMIUM"),
    phoneSystemAddOn: activeSeats(snapshot, "MCOEV"),
    audioConferencingAddOn: activeSeats(snapshot, "MCOMEETADV"),
  });
  const service = calculateServiceNumberCap(serviceNumberLicenses);
  return {
    callingPlanLicenses,
    userNumbers: calculateUserNumberCap(callingPlanLicenses),
    serviceNumberLicenses,
    tollServiceNumbers: service,
    tollFreeServiceNumbers: service,
  };
}
