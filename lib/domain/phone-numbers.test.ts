import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decideAcquireNumbers,
  decideAssignNumber,
  decideReleaseNumber,
  decideUserChangeWithNumber,
  generateNumbers,
  type PhoneNumberSnapshot,
} from "./phone-numbers";
import { tenant } from "./test-helpers";
import type { UserSnapshot } from "./types";

const held = (kind: PhoneNumberSnapshot["kind"], n: number, country = "US"): PhoneNumberSnapshot[] =>
  generateNumbers(country, kind, [], n).map((number, i) => ({ id: `n${i}`, number, kind, country, assignedTo: null }));

const user = (over: Partial<UserSnapshot> = {}): UserSnapshot => ({
  id: "u1",
  usageLocation: "US",
  pstnConnectivity: "online",
  kind: "person",
  licenses: ["ENTERPRISEPACK", "MCOEV", "MCOPSTN1"],
  ...over,
});

describe("acquiring user numbers", () => {
  it("R-NUM-USER: 50 Calling Plan seats give 65 numbers; the 66th is NUMBER_CAPACITY_EXCEEDED", () => {
    const s = tenant({}, { MCOEV: 50, MCOPSTN1: 50 });
    const ok = decideAcquireNumbers(s, held("user", 60), { kind: "user", country: "US", quantity: 5 });
    expect(ok.ok && ok.value.numbers).toHaveLength(5);
    const no = decideAcquireNumbers(s, held("user", 65), { kind: "user", country: "US", quantity: 1 });
    expect(!no.ok && [no.error.code, no.error.ruleId, no.error.details?.capacity]).toEqual(["NUMBER_CAPACITY_EXCEEDED", "R-NUM-USER", 65]);
  });

  it("R-NUM-USER: no Calling Plan license, no user numbers (PREREQUISITE_MISSING, buy a Calling Plan)", () => {
    const no = decideAcquireNumbers(tenant({}, { MCOEV: 5 }), [], { kind: "user", country: "US", quantity: 1 });
    expect(!no.ok && [no.error.code, no.error.ruleId, no.error.remedies[0]]).toEqual([
      "PREREQUISITE_MISSING",
      "R-NUM-USER",
      { action: "purchase", sku: "MCOPSTN1" },
    ]);
  });

  it("R-GEO-2: user numbers only where Calling Plans are sold (Japan: no)", () => {
    const no = decideAcquireNumbers(tenant({}, { MCOEV: 5, MCOPSTN1: 5 }), [], { kind: "user", country: "JP", quantity: 1 });
    expect(!no.ok && [no.error.code, no.error.ruleId]).toEqual(["COUNTRY_NOT_AVAILABLE", "R-GEO-2"]);
  });

  it("R-GEO-3: Canada user numbers follow the canadaCallingPlansPreview flag", () => {
    const s = tenant({}, { MCOEV: 5, MCOPSTN1: 5 });
    const no = decideAcquireNumbers(s, [], { kind: "user", country: "CA", quantity: 1 });
    expect(!no.ok && [no.error.ruleId, no.error.details?.policyFlag]).toEqual(["R-GEO-3", "canadaCallingPlansPreview"]);
    const yes = decideAcquireNumbers({ ...s, policy: { ...s.policy, canadaCallingPlansPreview: true } }, [], {
      kind: "user",
      country: "CA",
      quantity: 1,
    });
    expect(yes.ok && yes.value.numbers[0]).toMatch(/^\+155/);
  });
});

describe("acquiring service numbers", () => {
  it("R-NUM-SVC, A-20: 26 Phone System seats give 10 toll numbers; the 11th is refused", () => {
    const s = tenant({}, { MCOEV: 26 });
    expect(decideAcquireNumbers(s, [], { kind: "serviceToll", country: "US", quantity: 10 }).ok).toBe(true);
    const no = decideAcquireNumbers(s, held("serviceToll", 10), { kind: "serviceToll", country: "FR", quantity: 1 });
    expect(!no.ok && [no.error.code, no.error.ruleId]).toEqual(["NUMBER_CAPACITY_EXCEEDED", "R-NUM-SVC"]);
  });

  it("R-NUM-SVC: without Phone System or Audio Conferencing, no service numbers", () => {
    const no = decideAcquireNumbers(tenant(), [], { kind: "serviceToll", country: "US", quantity: 1 });
    expect(!no.ok && no.error.code).toBe("NUMBER_CAPACITY_EXCEEDED");
  });

  it("R-CC-4: toll-free numbers need Communications Credits set up", () => {
    const s = tenant({}, { MCOMEETADV: 10 });
    const no = decideAcquireNumbers(s, [], { kind: "serviceTollFree", country: "US", quantity: 1 });
    expect(!no.ok && [no.error.code, no.error.ruleId, no.error.remedies]).toEqual([
      "CREDITS_NOT_SET_UP",
      "R-CC-4",
      [{ action: "purchase", sku: "MCOPSTNC" }],
    ]);
    const yes = decideAcquireNumbers({ ...s, creditsEnabled: true }, [], { kind: "serviceTollFree", country: "US", quantity: 2 });
    expect(yes.ok && yes.value.allowedBy).toContain("R-CC-4");
  });

  it("R-GEO-4: Chile toll numbers only for organizations located in Chile", () => {
    const no = decideAcquireNumbers(tenant({}, { MCOEV: 5 }), [], { kind: "serviceToll", country: "CL", quantity: 1 });
    expect(!no.ok && [no.error.code, no.error.ruleId]).toEqual(["COUNTRY_NOT_AVAILABLE", "R-GEO-4"]);
    const yes = decideAcquireNumbers(tenant({ country: "CL" }, { MCOEV: 5 }), [], { kind: "serviceToll", country: "CL", quantity: 1 });
    expect(yes.ok && [yes.value.allowedBy.includes("R-GEO-4"), yes.value.numbers[0].startsWith("+56556")]).toEqual([true, true]);
  });

  it("SBX-NUM-COUNTRY: a country without toll-free numbers refuses them", () => {
    const s = { ...tenant({}, { MCOEV: 5 }), creditsEnabled: true };
    const without = ["AR", "AU", "AT", "BH", "BY", "BE", "BZ", "BA", "BR", "BN", "BG", "CL", "CN", "CO"].find((c) => {
      const r = decideAcquireNumbers(s, [], { kind: "serviceTollFree", country: c, quantity: 1 });
      return !r.ok && r.error.ruleId === "SBX-NUM-COUNTRY";
    });
    expect(without).toBeDefined();
  });
});

describe("generated numbers", () => {
  it("are E.164 with the country calling code, deterministic, and never collide with held ones", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("US", "GB", "FR", "JP", "CL"),
        fc.constantFrom("user", "serviceToll", "serviceTollFree" as const),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (country, kind, have, want) => {
          const existing = generateNumbers(country, kind, [], have).map((number) => ({ number }));
          const next = generateNumbers(country, kind, existing, want);
          expect(next).toEqual(generateNumbers(country, kind, existing, want));
          expect(new Set([...next, ...existing.map((e) => e.number)]).size).toBe(have + want);
          for (const n of next) expect(n).toMatch(/^\+[1-9]\d{7,14}$/);
        },
      ),
    );
  });
});

describe("assigning and releasing", () => {
  const [free] = held("user", 1);
  it("SBX-NUM-ASSIGN R-ASG-CP R-ASG-LOC: a user number goes to a Calling Plan user located in its country", () => {
    expect(decideAssignNumber(free, user(), false).ok).toBe(true);
    const noPlan = decideAssignNumber(free, user({ licenses: ["ENTERPRISEPACK"] }), false);
    expect(!noPlan.ok && [noPlan.error.code, noPlan.error.ruleId]).toEqual(["PREREQUISITE_MISSING", "R-ASG-CP"]);
    const elsewhere = decideAssignNumber(free, user({ usageLocation: "GB" }), false);
    expect(!elsewhere.ok && [elsewhere.error.code, elsewhere.error.ruleId]).toEqual(["COUNTRY_NOT_AVAILABLE", "R-ASG-LOC"]);
    const twice = decideAssignNumber(free, user(), true);
    expect(!twice.ok && twice.error.code).toBe("NUMBER_IN_USE");
    const taken = decideAssignNumber({ ...free, assignedTo: "u2" }, user(), false);
    expect(!taken.ok && taken.error.code).toBe("NUMBER_IN_USE");
  });

  it("R-NUM-SVC: service numbers are not given to users", () => {
    const [toll] = held("serviceToll", 1);
    const no = decideAssignNumber(toll, user(), false);
    expect(!no.ok && [no.error.code, no.error.ruleId]).toEqual(["VALIDATION_FAILED", "R-NUM-SVC"]);
  });

  it("SBX-NUM-ASSIGN: an assigned number can't be released; a user with a number keeps a Calling Plan and the country", () => {
    expect(decideReleaseNumber({ ...free, assignedTo: "u1" }).ok).toBe(false);
    expect(decideReleaseNumber(free).ok).toBe(true);
    const mine = { ...free, assignedTo: "u1" };
    expect(decideUserChangeWithNumber(mine, { licenses: ["ENTERPRISEPACK"], usageLocation: "US" })?.code).toBe("DEPENDENCY_VIOLATION");
    expect(decideUserChangeWithNumber(mine, { licenses: ["MCOEV", "MCOPSTN2"], usageLocation: "GB" })?.ruleId).toBe("SBX-NUM-ASSIGN");
    expect(decideUserChangeWithNumber(mine, { licenses: ["MCOEV", "MCOPSTN2"], usageLocation: "US" })).toBeNull();
    expect(decideUserChangeWithNumber(null, { licenses: [], usageLocation: null })).toBeNull();
  });
});
