import { describe, expect, it } from "vitest";
import { makeSnapshot } from "./fixtures";
import { decideRoomScenarios, findRoomPlanFamily, ROOM_SCENARIOS, type RoomPlanFamily, type RoomScenario } from "./rooms";
import type { PlanSku, PstnConnectivity, SkuPartNumber } from "./types";

type Expect = Partial<Record<RoomScenario, true | SkuPartNumber[][]>>;

interface RoomCase {
  label: string;
  context: PlanSku | RoomPlanFamily | null;
  room: SkuPartNumber[];
  pstn?: PstnConnectivity;
  /** true = allowed; an array = refused with these `missing` alternatives. */
  expected: Expect;
}

// Catalogue §4.3 (M:250-253) read with A-15.
const cases: RoomCase[] = [
  {
    label: "A-15 Enterprise E3, room with E3 only: meetings yes, dial-out needs AC, phone number needs PS + CP",
    context: "ENTERPRISEPACK",
    room: ["ENTERPRISEPACK"],
    expected: { joinScheduledMeeting: true, startAdHocMeeting: true, dialOut: [["MCOMEETADV"]], phoneNumber: [["MCOEV", "MCOPSTN1"]] },
  },
  {
    label: "A-15 Enterprise E3, room with E3 + AC + Phone System + Calling Plan: everything",
    context: "ENTERPRISEPACK",
    room: ["ENTERPRISEPACK", "MCOMEETADV", "MCOEV", "MCOPSTN1"],
    expected: { joinScheduledMeeting: true, startAdHocMeeting: true, dialOut: true, phoneNumber: true },
  },
  {
    label: "A-15 E5 row caveat: E5 has AC and Phone System but a phone number still needs a Calling Plan",
    context: "ENTERPRISEPREMIUM",
    room: ["ENTERPRISEPREMIUM"],
    expected: { joinScheduledMeeting: true, startAdHocMeeting: true, dialOut: true, phoneNumber: [["MCOPSTN1"]] },
  },
  {
    label: "A-15 E5 with a Domestic and International Calling Plan: everything",
    context: "ENTERPRISEPREMIUM",
    room: ["ENTERPRISEPREMIUM", "MCOPSTN2"],
    expected: { dialOut: true, phoneNumber: true },
  },
  {
    label: "A-15 E5 room on on-premises PSTN (R-ASG-HYB): phone number without a Calling Plan",
    context: "ENTERPRISEPREMIUM",
    room: ["ENTERPRISEPREMIUM"],
    pstn: "onPremises",
    expected: { phoneNumber: true },
  },
  {
    label: "A-15 E4 follows the E1/E3 rows: E4 + AC dials out",
    context: "ENTERPRISEWITHSCAL",
    room: ["ENTERPRISEWITHSCAL", "MCOMEETADV"],
    expected: { dialOut: true, phoneNumber: [["MCOEV", "MCOPSTN1"]] },
  },
  {
    label: "A-15 E5 without AC: dial-out needs the AC capability; the full-E5 route isn't this tenant's plan",
    context: "ENTERPRISEPREMIUM_NOPSTNCONF",
    room: ["ENTERPRISEPREMIUM_NOPSTNCONF"],
    expected: { joinScheduledMeeting: true, dialOut: [["MCOMEETADV"]], phoneNumber: [["MCOPSTN1"]] },
  },
  {
    label: "A-15 E3 tenant, unlicensed room: the suggestions use the tenant's plan",
    context: "ENTERPRISEPACK",
    room: [],
    expected: {
      joinScheduledMeeting: [["ENTERPRISEPACK"]],
      startAdHocMeeting: [["ENTERPRISEPACK"]],
      dialOut: [["ENTERPRISEPACK", "MCOMEETADV"]],
      phoneNumber: [["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"]],
    },
  },
  {
    label: "A-15 Enterprise column doesn't count a standalone Skype for Business license",
    context: "ENTERPRISEPACK",
    room: ["MCOSTANDARD"],
    expected: { joinScheduledMeeting: [["ENTERPRISEPACK"]] },
  },
  {
    label: "A-15 Enterprise column given directly: both dial-out routes are offered, smallest first",
    context: "enterprise",
    room: [],
    expected: { dialOut: [["ENTERPRISEPREMIUM"], ["STANDARDPACK", "MCOMEETADV"]] },
  },
  {
    label: "A-15 SfB Online Plan 2 tenant, room with Plan 1: joins meetings, can't start one",
    context: "MCOSTANDARD",
    room: ["MCOIMP"],
    expected: { joinScheduledMeeting: true, startAdHocMeeting: [["MCOSTANDARD"]] },
  },
  {
    label: "A-15 SfB Plan 2 + AC dials out; a phone number also needs Phone System and a Calling Plan",
    context: "MCOSTANDARD",
    room: ["MCOSTANDARD", "MCOMEETADV"],
    expected: { joinScheduledMeeting: true, startAdHocMeeting: true, dialOut: true, phoneNumber: [["MCOEV", "MCOPSTN1"]] },
  },
  {
    label: "A-15 SfB Plan 2 with Phone System and a Calling Plan: phone number",
    context: "MCOSTANDARD",
    room: ["MCOSTANDARD", "MCOEV", "MCOPSTN2"],
    expected: { phoneNumber: true, dialOut: [["MCOMEETADV"]] },
  },
  {
    label: "A-2 Business Premium column: an unlicensed room is pointed at the standalone SfB plans",
    context: "O365_BUSINESS_PREMIUM",
    room: [],
    expected: { joinScheduledMeeting: [["MCOIMP"]], startAdHocMeeting: [["MCOSTANDARD"]], dialOut: [["MCOSTANDARD", "MCOMEETADV"]] },
  },
  {
    label: "no plan yet: nothing is possible and nothing can be suggested",
    context: null,
    room: ["ENTERPRISEPREMIUM"],
    expected: { joinScheduledMeeting: [], startAdHocMeeting: [], dialOut: [], phoneNumber: [] },
  },
];

describe("decideRoomScenarios (catalogue §4.3, A-15)", () => {
  it.each(cases)("$label", ({ context, room, pstn, expected }) => {
    const decisions = decideRoomScenarios(context, room, false, pstn);
    expect(decisions.map((d) => d.scenario)).toEqual([...ROOM_SCENARIOS]);
    for (const [scenario, want] of Object.entries(expected) as [RoomScenario, true | SkuPartNumber[][]][]) {
      const d = decisions.find((x) => x.scenario === scenario)!;
      expect(d.ruleId).toBe("A-15");
      expect(d.explanation.length).toBeGreaterThan(20);
      if (want === true) {
        expect(d.allowed).toBe(true);
        expect(d.missing).toEqual([]);
      } else {
        expect(d.allowed).toBe(false);
        expect(d.missing).toEqual(want);
      }
    }
  });

  it("Communications Credits are optional (M:252-253): only dial-out and phone number get a note, and it follows creditsEnabled", () => {
    const off = decideRoomScenarios("ENTERPRISEPREMIUM", ["ENTERPRISEPREMIUM"]);
    const on = decideRoomScenarios(makeSnapshot({ plan: "ENTERPRISEPREMIUM", creditsEnabled: true }), ["ENTERPRISEPREMIUM"]);
    expect(off.map((d) => d.creditsNote !== undefined)).toEqual([false, false, true, true]);
    expect(on[2].creditsNote).not.toEqual(off[2].creditsNote);
    // credits never change what is allowed
    expect(on.map((d) => d.allowed)).toEqual(off.map((d) => d.allowed));
  });

  it("a snapshot context uses the tenant's plan", () => {
    const fromSnapshot = decideRoomScenarios(makeSnapshot({ plan: "ENTERPRISEPACK" }), []);
    expect(fromSnapshot[0].missing).toEqual([["ENTERPRISEPACK"]]);
  });

  it.each([
    ["O365_BUSINESS_PREMIUM", "premiumProPlusSfb"],
    ["OFFICESUBSCRIPTION", "premiumProPlusSfb"],
    ["MCOIMP", "premiumProPlusSfb"],
    ["MCOSTANDARD", "premiumProPlusSfb"],
    ["STANDARDPACK", "enterprise"],
    ["ENTERPRISEPREMIUM", "enterprise"],
    [null, null],
  ] as const)("A-15 plan %s belongs to the %s column", (plan, family) => {
    expect(findRoomPlanFamily(plan)).toBe(family);
  });
});
