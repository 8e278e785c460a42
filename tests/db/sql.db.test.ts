import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/data/db";
import { newId } from "@/lib/data/sql";
import { readSnapshot, sqlOf, toDate } from "@/lib/data/sql";
import { loadTenantSnapshotWithClock, readTenantWithCounts } from "@/lib/data/snapshot";
import { withMergedSubscriptions } from "@/lib/domain/tenant";
import { purchase } from "@/lib/services/purchases";
import { createLedgerEntry, findOpenLots, findUserSnapshots } from "@/lib/data/credits";
import { createAuditEvent } from "@/lib/data/audit";
import { simulateCall } from "@/lib/services/credits/calls";
import { makeActor, makeCreditsTenant, makeTenantWithSeats } from "../support/factories";

/**
 * lib/data/sql.ts runs the hot paths' statements outside Prisma (issue 15). These check the promises it makes,
 * on both databases: inside a transaction its statements are part of that transaction, outside one it only
 * reads committed data, and what it reads is what Prisma reads.
 */
describe("hand-written SQL (lib/data/sql.ts)", () => {
  it("inside a transaction, its writes are the transaction's: seen by Prisma in it, gone after a rollback", async () => {
    const { actor, access } = await makeTenantWithSeats({ MCOEV: 2 });
    const before = await getDb().auditEvent.count({ where: { tenantId: access.tenantId } });
    await expect(
      getDb().$transaction(async (tx) => {
        await createAuditEvent(tx, { tenantId: access.tenantId, actor, action: "test", target: "x", outcome: "success" });
        // Prisma, in the same transaction, sees the row written through the driver.
        expect(await tx.auditEvent.count({ where: { tenantId: access.tenantId } })).toBe(before + 1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await getDb().auditEvent.count({ where: { tenantId: access.tenantId } })).toBe(before);
  });

  it("outside a transaction it reads only, and a transaction's client can't be used once it has ended", async () => {
    await expect(sqlOf(getDb()).run(`DELETE FROM "AuditEvent" WHERE "id" = ?`, "none")).rejects.toThrow();
    let leaked: unknown;
    await getDb().$transaction(async (tx) => {
      leaked = tx;
    });
    if (getDb() !== leaked && process.env.DATABASE_URL?.startsWith("file:")) {
      expect(() => sqlOf(leaked as never)).toThrow(/no longer open/);
    }
  });

  it("reads what Prisma reads: the tenant, its subscriptions, credits account and counts; users with licenses; lots", async () => {
    const actor = await makeActor();
    const { access, organizerId } = await makeCreditsTenant(actor, { amount: "50.00" });
    await simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 10 });
    const tenantId = access.tenantId;
    const ours = await readTenantWithCounts(getDb(), tenantId);
    const prisma = await getDb().tenant.findUnique({
      where: { id: tenantId },
      include: { subscriptions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] }, credits: true },
    });
    const groups = await getDb().licenseAssignment.groupBy({ by: ["sku"], where: { tenantId }, _count: { _all: true } });
    expect(ours).not.toBeNull();
    const { assignedCounts, ...row } = ours!;
    const { scenarioId: _s, initialJson: _i, ...expected } = prisma!;
    expect(row).toEqual(expected);
    expect(assignedCounts).toEqual(Object.fromEntries(groups.map((g) => [g.sku, g._count._all])));

    const users = await findUserSnapshots(getDb(), tenantId);
    const prismaUsers = await getDb().directoryUser.findMany({
      where: { tenantId },
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      include: { assignments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    });
    expect(
      users.map((u) => [u.snapshot.id, u.snapshot.usageLocation, u.snapshot.kind, u.snapshot.pstnConnectivity, u.snapshot.licenses]),
    ).toEqual(prismaUsers.map((u) => [u.id, u.usageLocation, u.kind, u.pstnConnectivity, u.assignments.map((a) => a.sku)]));
    const lots = await findOpenLots(getDb(), tenantId);
    expect(lots).toEqual(
      await getDb().creditLot.findMany({ where: { tenantId, remainingCents: { gt: 0 } }, orderBy: [{ addedAt: "asc" }, { id: "asc" }] }),
    );
    expect(lots.length).toBeGreaterThan(0);
  });

  it("writes what Prisma would: dates, nulls and integers of a ledger entry read back the same", async () => {
    const actor = await makeActor();
    const { access } = await makeCreditsTenant(actor, { amount: "20.00" });
    const at = new Date("2026-05-06T07:08:09.123Z");
    const written = await getDb().$transaction(async (tx) => {
      const seq = (await tx.creditsLedgerEntry.count({ where: { tenantId: access.tenantId } })) + 1000;
      return createLedgerEntry(tx, access.tenantId, {
        seq,
        at,
        type: "usage",
        amountCents: -123,
        balanceAfterCents: 4567,
        description: "Test: 1 min",
        expiresAt: null,
      });
    });
    const read = await getDb().creditsLedgerEntry.findUnique({ where: { id: written.id } });
    expect(read).toEqual(written);
    expect(read!.at.toISOString()).toBe("2026-05-06T07:08:09.123Z");
  });

  it("a read snapshot sees one state: every read in it agrees even while writes commit", async () => {
    const actor = await makeActor();
    const { access, organizerId } = await makeCreditsTenant(actor, { amount: "1000.00" });
    let stop = false;
    const disagreements: string[] = [];
    const reader = (async () => {
      while (!stop) {
        await readSnapshot(async (sql) => {
          const a = await sql.get<{ balanceCents: number; ledgerSeq: number }>(
            `SELECT "balanceCents", "ledgerSeq" FROM "CreditsAccount" WHERE "tenantId" = ?`,
            access.tenantId,
          );
          const n = await sql.get<{ n: unknown; s: unknown }>(
            `SELECT COUNT(*) AS "n", COALESCE(SUM("amountCents"), 0) AS "s" FROM "CreditsLedgerEntry" WHERE "tenantId" = ?`,
            access.tenantId,
          );
          if (Number(n!.s) !== Number(a!.balanceCents)) disagreements.push(`${a!.balanceCents} vs ${n!.s}`);
        });
      }
    })();
    await Promise.all(Array.from({ length: 20 }, () => simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 10 })));
    stop = true;
    await reader;
    expect(disagreements).toEqual([]);
  });

  it("ids made one after another sort in the order they were made", () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^c[0-9a-z]{24}$/.test(id))).toBe(true);
    expect(toDate("2026-01-02T03:04:05.678+00:00").toISOString()).toBe("2026-01-02T03:04:05.678Z");
  });

  it("works when the module is loaded twice (Next loads lib/data once per server layer)", async () => {
    const { createAuditEvent: createInFirstCopy } = await import("@/lib/data/audit");
    vi.resetModules();
    const second = await import("@/lib/data/db");
    const { readSnapshot: snapshotInSecondCopy } = await import("@/lib/data/sql");
    const { actor, access } = await makeTenantWithSeats({ MCOEV: 1 });
    // A transaction opened through the second copy; the first copy's direct SQL must see it as open.
    await second.getDb().$transaction(async (tx) => {
      await createInFirstCopy(tx, { tenantId: access.tenantId, actor, action: "test.copies", target: "x", outcome: "success" });
    });
    // Snapshots of both copies take turns on the one read connection.
    const both = await Promise.all([
      readSnapshot((sql) => sql.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "action" = ?`, "test.copies")),
      snapshotInSecondCopy((sql) => sql.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "action" = ?`, "test.copies")),
    ]);
    expect(both.map((r) => Number(r!.n))).toEqual([1, 1]);
  });

  it("the database merges subscriptions exactly as withMergedSubscriptions does (purchases and offers decide on it)", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 2, MCOMEETADV: 1 });
    for (const sku of ["ENTERPRISEPACK", "MCOEV", "ENTERPRISEPACK", "MCOMEETADV", "ENTERPRISEPACK"]) {
      await purchase(access, { sku, quantity: 2 } as never);
    }
    await getDb().subscription.updateMany({ where: { tenantId: access.tenantId, sku: "MCOEV" }, data: { quantity: 0 } });
    const full = await loadTenantSnapshotWithClock(getDb(), access.tenantId);
    const merged = await loadTenantSnapshotWithClock(getDb(), access.tenantId, { merged: true });
    expect(full!.snapshot.subscriptions.length).toBeGreaterThan(merged!.snapshot.subscriptions.length);
    expect(merged!.snapshot).toEqual(withMergedSubscriptions(full!.snapshot));
  });
});
