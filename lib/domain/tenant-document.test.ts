import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkTenantDocument, upgradeTenantDocument, type TenantDocument } from "./tenant-document";

const fixture = JSON.parse(readFileSync(path.resolve("tests/fixtures/tenant-document.v1.json"), "utf8")) as TenantDocument;
const doc = () => structuredClone(fixture);
const upn = (d: TenantDocument, name: string) => d.tenant.users.findIndex((u) => u.userPrincipalName === name);
const CARL = "carl.caller@credits.test";

describe("tenant document meaning checks", () => {
  it("the v1 fixture describes a reachable tenant: no problems", () => {
    expect(checkTenantDocument(doc())).toEqual({});
  });

  it("an unknown sku is reported at its path, alone", () => {
    const d = doc();
    d.tenant.subscriptions[1].sku = "MCOFAKE";
    expect(checkTenantDocument(d)).toEqual({ "tenant.subscriptions.1.sku": ['There is no sku "MCOFAKE".'] });
  });

  it.each([
    {
      rule: "R-ASG-LOC",
      change: (d: TenantDocument) => (d.tenant.users[upn(d, CARL)].usageLocation = null),
      path: (d: TenantDocument) => `tenant.users.${upn(d, CARL)}.licenses.0.sku`,
    },
    {
      rule: "R-ASG-HYB",
      change: (d: TenantDocument) => (d.tenant.users[upn(d, CARL)].pstnConnectivity = "onPremises"),
      path: (d: TenantDocument) => `tenant.users.${upn(d, CARL)}.licenses.2.sku`,
    },
    {
      rule: "R-ASG-CP-PS",
      change: (d: TenantDocument) =>
        (d.tenant.users[upn(d, CARL)].licenses = d.tenant.users[upn(d, CARL)].licenses.filter((l) => l.sku !== "MCOEV")),
      path: (d: TenantDocument) => `tenant.users.${upn(d, CARL)}.licenses.1.sku`,
    },
    {
      rule: "R-CC-3",
      change: (d: TenantDocument) => {
        d.tenant.credits = { ...d.tenant.credits, enabled: false, balance: "0.00", ledger: [], lots: [] };
      },
      path: (d: TenantDocument) => `tenant.users.${upn(d, CARL)}.licenses.3.sku`,
    },
  ])("$rule: a license the rules forbid is reported at the license", ({ rule, change, path: at }) => {
    const d = doc();
    change(d);
    const problems = checkTenantDocument(d);
    expect(problems[at(d)]?.join(" ")).toContain(rule);
  });

  it("R-ASG-LOC: users with the same profile are each reported (one decision per profile)", () => {
    const d = doc();
    const copy = structuredClone(d.tenant.users[upn(d, CARL)]);
    d.tenant.users.push({ ...copy, userPrincipalName: "zed.caller@credits.test" });
    for (const u of d.tenant.users) if (u.licenses.some((l) => l.sku === "MCOPSTN1")) u.usageLocation = null;
    const keys = Object.keys(checkTenantDocument(d)).filter((k) => k.endsWith(".sku"));
    expect(keys.sort()).toEqual(
      [
        `tenant.users.${upn(d, CARL)}.licenses.0.sku`,
        `tenant.users.${upn(d, "nina.nocredits@credits.test")}.licenses.0.sku`,
        "tenant.users.3.licenses.0.sku",
      ].sort(),
    );
  });

  it("R-ASG-SEAT: more assigned than bought", () => {
    const d = doc();
    d.tenant.subscriptions.find((s) => s.sku === "MCOEV")!.quantity = 1;
    expect(checkTenantDocument(d)["tenant.users"]?.join(" ")).toMatch(/2 MCOEV licenses are assigned but only 1/);
  });

  it("a ledger whose running sums don't add up, and lots that don't match the balance", () => {
    const d = doc();
    d.tenant.credits.ledger[0].balanceAfter = "1.00";
    d.tenant.credits.ledger[0].seq = 7;
    d.tenant.credits.lots[0].remaining = "0.00";
    d.tenant.credits.lots[0].expiresAt = d.tenant.credits.lots[0].addedAt;
    const problems = checkTenantDocument(d);
    expect(Object.keys(problems).sort()).toEqual(
      [
        "tenant.credits.ledger.0.balanceAfter",
        "tenant.credits.ledger.0.seq",
        "tenant.credits.lots",
        "tenant.credits.lots.0.entry",
        "tenant.credits.lots.0.expiresAt",
      ].sort(),
    );
  });

  it("version 1 is current: the upgrade hook leaves it as it is", () => {
    expect(upgradeTenantDocument(fixture)).toEqual(fixture);
    expect(upgradeTenantDocument("not a document")).toBe("not a document");
  });
});
