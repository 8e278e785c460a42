import { describe, expect, it } from "vitest";
import { duplicateTrainees, groupTenants, progressCsv, progressOf } from "./classes";

describe("classes (issue 11): pure parts", () => {
  it("names each repeated trainee row, whatever its case", () => {
    expect(duplicateTrainees(["a@x.test", "b@x.test", "A@X.test", "b@x.test"])).toEqual({
      "trainees.2": ["a@x.test is also on row 1."],
      "trainees.3": ["b@x.test is also on row 2."],
    });
    expect(duplicateTrainees(["a@x.test"])).toEqual({});
  });

  it("scores seats in the goals' order and exports CSV safe for spreadsheets", () => {
    const goals = [
      { id: "g1", text: "First" },
      { id: "g2", text: "Second, with a comma" },
    ];
    const p = progressOf(goals, [
      { email: "a@x.test", name: "=cmd()", accountId: "a", tenantId: "t1", met: { g2: "2026-12-03T10:00:00.000Z" }, lastActivityAt: null },
      { email: "b@x.test", name: "B", accountId: "b", tenantId: null, met: {}, lastActivityAt: null },
    ]);
    expect(p.seats[0]).toMatchObject({ met: ["g2"], score: 50 });
    expect(p.seats[1]).toMatchObject({ met: [], score: 0 });
    const lines = progressCsv(p).trim().split("\r\n");
    expect(lines[0]).toBe('email,name,tenantId,score,lastActivityAt,First,"Second, with a comma"');
    expect(lines[1]).toBe("a@x.test,'=cmd(),t1,50,,,2026-12-03T10:00:00.000Z");
  });

  it("groups tenants by Mine, class and shared; hides other people's ended copies; searches names", () => {
    const tenants = [
      { id: "m", name: "My demo", role: "GLOBAL_ADMIN" as const },
      { id: "c1", name: "Monday: Ana", role: "GLOBAL_READER" as const },
      { id: "c2", name: "Old: Ben", role: "GLOBAL_READER" as const },
      { id: "s", name: "Seeded", role: "BILLING_ADMIN" as const },
    ];
    const seats = [
      { tenantId: "c1", classId: "k1", className: "Monday", ended: false, mine: false },
      { tenantId: "c2", classId: "k2", className: "Old", ended: true, mine: false },
    ];
    const { groups, hidden } = groupTenants(tenants, seats);
    expect(groups.map((g) => [g.label, g.tenants.map((t) => t.id)])).toEqual([
      ["Mine", ["m"]],
      ["Class: Monday", ["c1"]],
      ["Shared with me", ["s"]],
    ]);
    expect(hidden).toBe(1);
    expect(groupTenants(tenants, seats, { showAll: true }).groups.map((g) => g.label)).toContain("Class: Old (ended)");
    expect(groupTenants(tenants, seats, { query: "ana" }).groups.map((g) => g.label)).toEqual(["Class: Monday"]);
    // A trainee's own copy of an ended class stays in view.
    expect(groupTenants(tenants, [{ ...seats[1], mine: true }]).hidden).toBe(0);
  });
});
