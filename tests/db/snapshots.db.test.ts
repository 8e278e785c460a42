import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { advanceTenantClock } from "@/lib/services/clock";
import { addFunds } from "@/lib/services/credits/funds";
import { simulateCall } from "@/lib/services/credits/calls";
import { purchase } from "@/lib/services/purchases";
import { acquirePhoneNumbers, assignPhoneNumber, releasePhoneNumber } from "@/lib/services/phone-numbers";
import {
  branchSnapshot,
  deleteSnapshot,
  exportTenant,
  importTenant,
  listSnapshots,
  restoreSnapshot,
  saveSnapshot,
} from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";
import { listEvents } from "@/lib/services/audit";
import { AppError } from "@/lib/domain/errors";
import type { TenantDocument } from "@/lib/domain/tenant-document";
import { makeActor, makeCreditsTenant } from "../support/factories";

/** The parts a round trip may change: ids don't appear at all; names and exportedAt are dropped here. */
function comparable(doc: TenantDocument) {
  return { ...doc, exportedAt: "", tenant: { ...doc.tenant, name: "" } };
}

async function validationDetails(run: () => Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).body.code).toBe("VALIDATION_FAILED");
    return (err as AppError).body.details as Record<string, string[]>;
  }
  throw new Error("expected VALIDATION_FAILED");
}

async function busyCreditsTenant() {
  const actor = await makeActor();
  const t = await makeCreditsTenant(actor, { amount: "100.00", autoRecharge: { enabled: true, threshold: "20.00", amount: "50.00" } });
  await simulateCall(t.access, { userId: t.organizerId, type: "tollFreeDialIn", minutes: 3000 });
  await addFunds(t.access, { amount: "25.00" });
  return { actor, ...t };
}

describe("tenant documents (real SQLite file)", () => {
  it("export lists the whole state with money as strings and no database ids", async () => {
    const { access, tenant } = await busyCreditsTenant();
    const doc = await exportTenant(access);
    expect(doc.format).toBe("billing-sandbox/tenant");
    expect(doc.version).toBe(1);
    expect(doc.tenant.users.map((u) => u.userPrincipalName)).toEqual([
      "carl.caller@credits.test",
      "nina.nocredits@credits.test",
      "olivia.organizer@credits.test",
    ]);
    expect(doc.tenant.credits.ledger.length).toBeGreaterThanOrEqual(3);
    expect(doc.tenant.credits.balance).toMatch(/^-?\d+\.\d\d$/);
    expect(doc.tenant.phoneNumbers).toEqual([]); // none acquired here; see the phone numbers test below
    const text = JSON.stringify(doc);
    const ids = (await getDb().directoryUser.findMany({ where: { tenantId: tenant.id } })).map((u) => u.id);
    for (const id of [tenant.id, ...ids]) expect(text).not.toContain(id);
  });

  it("import then export gives back the same document (except names and exportedAt); the caller is Global admin", async () => {
    const { access, actor } = await busyCreditsTenant();
    const doc = await exportTenant(access);
    const other = await makeActor();
    const imported = await importTenant(other, { ...doc, name: "Imported copy" });
    expect(imported.name).toBe("Imported copy");
    expect(imported.role).toBe("GLOBAL_ADMIN");
    const again = await exportTenant(await getTenantAccess(other, imported.id));
    expect(comparable(again)).toEqual(comparable(doc));
    await expect(getTenantAccess(actor, imported.id)).rejects.toMatchObject({ body: { code: "NOT_FOUND" } });
  });

  it("the fixture of every document version imports (v1)", async () => {
    const actor = await makeActor();
    const raw = JSON.parse(readFileSync(path.resolve("tests/fixtures/tenant-document.v1.json"), "utf8")) as TenantDocument;
    const t = await importTenant(actor, raw);
    const again = await exportTenant(await getTenantAccess(actor, t.id));
    expect(comparable(again)).toEqual(comparable(raw));
  });

  it("an inconsistent document is refused with every problem at its JSON path, and nothing is created", async () => {
    const { access } = await busyCreditsTenant();
    const doc = structuredClone(await exportTenant(access));
    const caller = doc.tenant.users.findIndex((u) => u.userPrincipalName === "carl.caller@credits.test");
    doc.tenant.users[caller].usageLocation = null; // R-ASG-LOC: a Calling Plan user without usage location
    doc.tenant.subscriptions[1].quantity = 0; // R-ASG-SEAT: more MCOMEETADV assigned than bought
    doc.tenant.credits.ledger[1].balanceAfter = "999.00"; // running sum
    doc.tenant.credits.lots[0].remaining = "1.00"; // lots vs balance
    doc.tenant.credits.balance = "0.01"; // the ledger doesn't add up to it
    doc.tenant.users[0].licenses.push({ sku: "NOT_A_SKU", disabledPlans: [] });
    const actor = await makeActor();
    const details = await validationDetails(() => importTenant(actor, doc));
    // An unknown sku is reported on its own: the rules can't judge the rest without knowing it.
    expect(Object.keys(details)).toEqual([`tenant.users.0.licenses.${doc.tenant.users[0].licenses.length - 1}.sku`]);
    doc.tenant.users[0].licenses.pop();
    const all = await validationDetails(() => importTenant(actor, doc));
    expect(Object.keys(all).sort()).toEqual(
      [
        "tenant.users",
        `tenant.users.${caller}.licenses.0.sku`,
        "tenant.credits.ledger.1.balanceAfter",
        "tenant.credits.lots",
        "tenant.credits.balance",
      ].sort(),
    );
    expect(all[`tenant.users.${caller}.licenses.0.sku`].join(" ")).toContain("R-ASG-LOC");
    expect(await getDb().membership.count({ where: { accountId: actor.accountId } })).toBe(0);
  });

  it("a wrong shape is reported by path before any rule runs", async () => {
    const actor = await makeActor();
    const details = await validationDetails(() =>
      importTenant(actor, { format: "billing-sandbox/tenant", version: 1, exportedAt: "yesterday", tenant: { name: "x", users: [{}] } }),
    );
    expect(details.exportedAt).toBeDefined();
    expect(details["tenant.country"]).toBeDefined();
    expect(details["tenant.users.0.userPrincipalName"]).toBeDefined();
  });
});

describe("save points (real SQLite file)", () => {
  it("restore brings back exactly the saved state, clock and ledger included; the audit trail keeps everything", async () => {
    const { access, organizerId } = await busyCreditsTenant();
    const saved = await saveSnapshot(access, { name: "Before the demo" });
    const atSave = await exportTenant(access);
    await purchase(access, { sku: "MCOEV", quantity: 3 });
    await simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 2000 });
    await advanceTenantClock(access, 365);
    expect(comparable(await exportTenant(access))).not.toEqual(comparable(atSave));
    const eventsBefore = (await listEvents(access, 500)).length;
    const state = await restoreSnapshot(access, saved.id);
    expect(state.now).toBe(atSave.tenant.now);
    expect({ ...(await exportTenant(access)), exportedAt: "" }).toEqual({ ...atSave, exportedAt: "" });
    const events = await listEvents(access, 500);
    expect(events.length).toBe(eventsBefore + 1);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["snapshot.save", "snapshot.restore", "clock.advance"]));
  });

  it("phone numbers travel in the document: exported with their holder by username, imported, and restored", async () => {
    const actor = await makeActor();
    const t = await makeCreditsTenant(actor, { amount: "50.00" });
    const [userNumber, spare] = await acquirePhoneNumbers(t.access, { kind: "user", country: "US", quantity: 2 });
    await assignPhoneNumber(t.access, userNumber.id, t.callerId);
    await acquirePhoneNumbers(t.access, { kind: "serviceTollFree", country: "US", quantity: 1 });
    const doc = await exportTenant(t.access);
    expect(doc.tenant.phoneNumbers).toEqual([
      { number: userNumber.number, kind: "user", country: "US", assignedTo: "carl.caller@credits.test" },
      { number: spare.number, kind: "user", country: "US", assignedTo: null },
      expect.objectContaining({ kind: "serviceTollFree", country: "US", assignedTo: null }),
    ]);
    const copy = await importTenant(await makeActor(), doc);
    const copyNumbers = await getDb().phoneNumber.findMany({ where: { tenantId: copy.id } });
    const carlCopy = await getDb().directoryUser.findFirstOrThrow({
      where: { tenantId: copy.id, userPrincipalName: "carl.caller@credits.test" },
    });
    expect(copyNumbers.find((n) => n.number === userNumber.number)?.assignedTo).toBe(carlCopy.id);

    const saved = await saveSnapshot(t.access, { name: "With numbers" });
    await assignPhoneNumber(t.access, userNumber.id, null);
    await releasePhoneNumber(t.access, userNumber.id);
    await releasePhoneNumber(t.access, spare.id);
    expect((await exportTenant(t.access)).tenant.phoneNumbers).toHaveLength(1);
    await restoreSnapshot(t.access, saved.id);
    expect((await exportTenant(t.access)).tenant.phoneNumbers).toEqual(doc.tenant.phoneNumbers);
  });

  it("SBX-NUM-ASSIGN, R-ASG-LOC, R-NUM-SVC: a document's numbers are checked against its users, and nothing is created", async () => {
    const actor = await makeActor();
    const t = await makeCreditsTenant(actor, { amount: "50.00" });
    const [n] = await acquirePhoneNumbers(t.access, { kind: "user", country: "US", quantity: 1 });
    await assignPhoneNumber(t.access, n.id, t.callerId);
    const doc = structuredClone(await exportTenant(t.access));
    doc.tenant.phoneNumbers.push(
      { number: "+14255559999", kind: "user", country: "GB", assignedTo: "olivia.organizer@credits.test" }, // no Calling Plan
      { number: "+14255559998", kind: "user", country: "US", assignedTo: "carl.caller@credits.test" }, // a second number
      { number: "+18005550100", kind: "serviceTollFree", country: "US", assignedTo: "carl.caller@credits.test" }, // service number
      { number: "+14255559997", kind: "user", country: "US", assignedTo: "nobody@credits.test" },
      { number: n.number, kind: "user", country: "US", assignedTo: null }, // listed twice
    );
    const importer = await makeActor();
    const details = await validationDetails(() => importTenant(importer, doc));
    expect(Object.keys(details).sort()).toEqual([
      "tenant.phoneNumbers.1.assignedTo",
      "tenant.phoneNumbers.2.assignedTo",
      "tenant.phoneNumbers.3.assignedTo",
      "tenant.phoneNumbers.4.assignedTo",
      "tenant.phoneNumbers.5.number",
    ]);
    expect(details["tenant.phoneNumbers.1.assignedTo"].join(" ")).toContain("R-ASG-CP");
    expect(details["tenant.phoneNumbers.2.assignedTo"].join(" ")).toContain("SBX-NUM-ASSIGN");
    expect(details["tenant.phoneNumbers.3.assignedTo"].join(" ")).toContain("R-NUM-SVC");
    expect(await getDb().membership.count({ where: { accountId: importer.accountId } })).toBe(0);
    const bad = structuredClone(doc);
    bad.tenant.phoneNumbers = [{ number: "555-0100", kind: "fax" as "user", country: "US", assignedTo: null }];
    expect(Object.keys(await validationDetails(() => importTenant(importer, bad))).sort()).toEqual([
      "tenant.phoneNumbers.0.kind",
      "tenant.phoneNumbers.0.number",
    ]);
  });

  it("lists newest first with who and when; branch makes a new tenant; delete removes it; other tenants' save points are not found", async () => {
    const { access, actor } = await busyCreditsTenant();
    const first = await saveSnapshot(access, { name: "one" });
    const second = await saveSnapshot(access, { name: "two" });
    const list = await listSnapshots(access);
    expect(list.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(list[0].by).toBe(actor.email);
    const branch = await branchSnapshot(access, first.id, { name: "Branch of one" });
    expect(branch.id).not.toBe(access.tenantId);
    const branchDoc = await exportTenant(await getTenantAccess(actor, branch.id));
    expect(comparable(branchDoc)).toEqual(comparable(await exportTenant(access)));
    const elsewhere = await busyCreditsTenant();
    await expect(restoreSnapshot(elsewhere.access, first.id)).rejects.toMatchObject({ body: { code: "NOT_FOUND" } });
    await deleteSnapshot(access, first.id);
    expect((await listSnapshots(access)).map((s) => s.id)).toEqual([second.id]);
    await expect(deleteSnapshot(access, first.id)).rejects.toMatchObject({ body: { code: "NOT_FOUND" } });
  });
});
