import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { parseUsd } from "@/lib/domain/money";
import { getCredits } from "@/lib/services/credits/reads";
import { simulateCall } from "@/lib/services/credits/calls";
import { listEvents } from "@/lib/services/audit";
import { makeActor, makeCreditsTenant } from "../support/factories";

/**
 * The driver adapter shares one SQLite connection per process; lib/data/db.ts makes every query outside a
 * transaction take the same lock as transactions. Without that, these fail: refusals' audit rows vanish in
 * other requests' rollbacks, and readers see half-finished writes.
 */
describe("one connection, many requests", () => {
  it("40 concurrent refused calls leave 40 refusal audit events", async () => {
    const actor = await makeActor();
    const { access, callerId } = await makeCreditsTenant(actor, { signUp: false });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () =>
        simulateCall(access, { userId: callerId, type: "internationalCall", minutes: 5, destinationCountry: "FR" }),
      ),
    );
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    const denied = (await listEvents(access, 500)).filter((e) => e.outcome === "denied");
    expect(denied).toHaveLength(40);
  });

  it("readers never see a balance that disagrees with the ledger while calls are being written", async () => {
    const actor = await makeActor();
    const { access, organizerId } = await makeCreditsTenant(actor, { amount: "1000.00" });
    let stop = false;
    const mismatches: string[] = [];
    const reader = (async () => {
      while (!stop) {
        const c = await getCredits(access, { limit: 10_000 });
        const sum = c.ledger.reduce((acc, e) => acc + parseUsd(e.amount, { allowNegative: true })!, 0);
        if (sum !== parseUsd(c.balance, { allowNegative: true }) || c.ledger.length !== c.ledgerSize) {
          mismatches.push(`balance ${c.balance}, ledger sum ${sum}, entries ${c.ledger.length}/${c.ledgerSize}`);
        }
      }
    })();
    await Promise.all(Array.from({ length: 30 }, () => simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 10 })));
    stop = true;
    await reader;
    expect(mismatches).toEqual([]);
    expect(await getDb().creditsLedgerEntry.count({ where: { tenantId: access.tenantId, type: "usage" } })).toBe(30);
  });
});
