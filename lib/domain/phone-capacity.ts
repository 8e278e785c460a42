/**
 * How many phone numbers a tenant can get from its licenses (R-NUM-USER, R-NUM-SVC, A-20): the caps
 * themselves are in numbers.ts; this reads the seat counts they are computed from.
 */
import { calculateServiceNumberCap, calculateUserNumberCap, serviceNumberLicensesOf } from "./numbers";
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
  // A-20 / R-NUM-SVC: each E5 or E5-without-AC seat once, plus Phone System and Audio Conferencing add-on seats.
  const serviceNumberLicenses = serviceNumberLicensesOf(snapshot);
  const service = calculateServiceNumberCap(serviceNumberLicenses);
  return {
    callingPlanLicenses,
    userNumbers: calculateUserNumberCap(callingPlanLicenses),
    serviceNumberLicenses,
    tollServiceNumbers: service,
    tollFreeServiceNumbers: service,
  };
}
