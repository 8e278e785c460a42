import { describe, expect, it } from "vitest";
import { decideFeatureAvailability } from "./features";
import { ORG_TYPES } from "./types";

const availability = (...args: Parameters<typeof decideFeatureAvailability>) =>
  Object.fromEntries(decideFeatureAvailability(...args).map((f) => [f.feature, f.available]));

describe("decideFeatureAvailability (catalogue §6)", () => {
  it.each(ORG_TYPES)("SBX-ORG-1: %s can have AC, Phone System and Calling Plans", (orgType) => {
    expect(availability(orgType, "worldwide")).toMatchObject({
      audioConferencing: true,
      phoneSystem: true,
      callingPlans: true,
      communicationsCredits: true,
    });
  });

  it("SBX-ORG-1: only education loses Meeting Broadcast", () => {
    expect(availability("education", "worldwide").meetingBroadcast).toBe(false);
    for (const orgType of ORG_TYPES.filter((o) => o !== "education"))
      expect(availability(orgType, "worldwide").meetingBroadcast).toBe(true);
  });

  it("R-21V-1: 21Vianet has no AC, Calling Plans or credits; Phone System allowed with a note", () => {
    const rows = decideFeatureAvailability("commercial", "21vianet");
    expect(Object.fromEntries(rows.map((r) => [r.feature, r.available]))).toEqual({
      meetingBroadcast: true,
      audioConferencing: false,
      phoneSystem: true,
      callingPlans: false,
      communicationsCredits: false,
    });
    expect(rows.find((r) => r.feature === "phoneSystem")?.note).toBeTruthy();
  });
});
