import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { advanceTenantClock } from "@/lib/services/clock";
import { addFunds } from "@/lib/services/credits/funds";
import { simulateCall } from "@/lib/services/credits/calls";
import { updateAutoRecharge } from "@/lib/services/credits/auto-recharge";
import { AppError } from "@/lib/domain/errors";
import { assignLicense } from "@/lib/services/licenses";
import { purchase } from "@/lib/services/purchases";
import { acquirePhoneNumbers, assignPhoneNumber } from "@/lib/services/phone-numbers";
import { exportTenant, importTenant, restoreSnapshot, saveSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";
import { createUser } from "@/lib/services/users";
import type { TenantAccess } from "@/lib/auth/actor";
import type { TenantDocument } from "@/lib/domain/tenant-document";
import { assignLicenseInput, createUserInput } from "@/lib/validation/users";
import { makeActor, makeCreditsTenant } from "../support/factories";

/**
 * Round trip (issue 12): for tenants reached by random sequences of REAL operations through the services,
 * export(import(export(t))) equals export(t) except names and exportedAt, and a save point restored after more
 * operations gives back exactly the saved export. A refused operation is part of the sequence too (it must
 * change nothing).
 */

type Op =
  | { kind: "buy"; sku: "MCOEV" | "MCOPSTN1" | "MCOMEETADV" | "MCOPSTN2"; quantity: number }
  | { kind: "user"; n: number; location: "US" | "GB" | null; onPrem: boolean }
  | { kind: "assign"; user: number; skus: ("ENTERPRISEPACK" | "MCOEV" | "MCOPSTN1" | "MCOPSTNC" | "MCOMEETADV")[] }
  | { kind: "fund"; dollars: number }
  | { kind: "call"; minutes: number }
  | { kind: "autoRecharge"; enabled: boolean; card: "succeed" | "decline" }
  | { kind: "advance"; days: number }
  | { kind: "numbers"; numberKind: "user" | "serviceTollFree"; quantity: number }
  | { kind: "giveNumber"; user: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("buy" as const),
    sku: fc.constantFrom("MCOEV", "MCOPSTN1", "MCOMEETADV", "MCOPSTN2"),
    quantity: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("user" as const),
    n: fc.integer({ min: 0, max: 999 }),
    location: fc.constantFrom("US", "GB", null),
    onPrem: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("assign" as const),
    user: fc.nat(),
    skus: fc.subarray(["ENTERPRISEPACK", "MCOEV", "MCOPSTN1", "MCOPSTNC", "MCOMEETADV"] as const, { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant("fund" as const), dollars: fc.integer({ min: 10, max: 80 }) }),
  fc.record({ kind: fc.constant("call" as const), minutes: fc.integer({ min: 1, max: 4000 }) }),
  fc.record({ kind: fc.constant("autoRecharge" as const), enabled: fc.boolean(), card: fc.constantFrom("succeed", "decline") }),
  fc.record({ kind: fc.constant("advance" as const), days: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant("numbers" as const),
    numberKind: fc.constantFrom("user", "serviceTollFree"),
    quantity: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant("giveNumber" as const), user: fc.nat() }),
);

async function run(access: TenantAccess, o: Op, organizerId: string): Promise<void> {
  const users = await getDb().directoryUser.findMany({ where: { tenantId: access.tenantId }, orderBy: { userPrincipalName: "asc" } });
  try {
    switch (o.kind) {
      case "buy":
        return void (await purchase(access, { sku: o.sku, quantity: o.quantity }));
      case "user":
        return void (await createUser(
          access,
          createUserInput.parse({
            displayName: `User ${o.n}`,
            userPrincipalName: `user${o.n}@prop.test`,
            usageLocation: o.location,
            pstnConnectivity: o.onPrem ? "onPremises" : "online",
          }),
        ));
      case "assign":
        return void (await assignLicense(
          access,
          users[o.user % users.length].id,
          assignLicenseInput.parse({ addLicenses: o.skus.map((sku) => ({ sku })) }),
        ));
      case "fund":
        return void (await addFunds(access, { amount: `${o.dollars}.00` }));
      case "call":
        return void (await simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: o.minutes }));
      case "autoRecharge":
        return void (await updateAutoRecharge(access, { enabled: o.enabled, threshold: "30.00", amount: "40.00", paymentMethod: o.card }));
      case "advance":
        return void (await advanceTenantClock(access, o.days));
      case "numbers":
        return void (await acquirePhoneNumbers(access, { kind: o.numberKind, country: "US", quantity: o.quantity }));
      case "giveNumber": {
        const free = await getDb().phoneNumber.findFirst({ where: { tenantId: access.tenantId, kind: "user", assignedTo: null } });
        if (free) await assignPhoneNumber(access, free.id, users[o.user % users.length].id);
        return;
      }
    }
  } catch (err) {
    if (!(err instanceof AppError)) throw err; // a refusal is a reachable outcome; anything else is a bug
  }
}

const comparable = (d: TenantDocument) => ({ ...d, exportedAt: "", tenant: { ...d.tenant, name: "" } });

describe("round trip over reachable tenants (fast-check, real SQLite file)", () => {
  it("export(import(doc)) equals doc, and restore gives back the save point's export", async () => {
    const actor = await makeActor();
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 8 }),
        fc.array(op, { minLength: 1, maxLength: 4 }),
        async (before, after) => {
          const t = await makeCreditsTenant(actor, { amount: "50.00" });
          for (const o of before) await run(t.access, o, t.organizerId);
          const doc = await exportTenant(t.access);
          const imported = await importTenant(actor, doc);
          expect(comparable(await exportTenant(await getTenantAccess(actor, imported.id)))).toEqual(comparable(doc));

          const saved = await saveSnapshot(t.access, { name: "property" });
          for (const o of after) await run(t.access, o, t.organizerId);
          await restoreSnapshot(t.access, saved.id);
          expect({ ...(await exportTenant(t.access)), exportedAt: "" }).toEqual({ ...doc, exportedAt: "" });
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  }, 240_000);
});
