import { statSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { databaseUrl, getDb, sqliteTransactionCounts, sqliteWriteConnection } from "@/lib/data/db";
import { inDirectTransaction, NeedsPrisma, newId, readSnapshot, sqlOf, toDate } from "@/lib/data/sql";
import { runGuarded } from "@/lib/services/transaction";
import { setFaults } from "@/lib/services/faults";
import { updateAutoRecharge } from "@/lib/services/credits/auto-recharge";
import { listNotifications } from "@/lib/services/notifications";
import { loadTenantSnapshotWithClock, readTenantWithCounts } from "@/lib/data/snapshot";
import { withMergedSubscriptions } from "@/lib/domain/tenant";
import { purchase } from "@/lib/services/purchases";
import { createLedgerEntry, findOpenLots, findUserSnapshots } from "@/lib/data/credits";
import { createAuditEvent } from "@/lib/data/audit";
import { simulateCall } from "@/lib/services/credits/calls";
import { makeActor, makeCreditsTenant, makeTenantWithSeats } from "../support/factories";
import { codeOf } from "../support/refusal";

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

  it("a call reads only the caller and the Calling Plan holders, each exactly as in the list of every user", async () => {
    const actor = await makeActor();
    const { access, organizerId } = await makeCreditsTenant(actor, { amount: "50.00" });
    for (const [i, licensed] of [
      [1, true],
      [2, false],
    ] as const) {
      await getDb().directoryUser.create({
        data: {
          tenantId: access.tenantId,
          userPrincipalName: `bystander${i}@credits.test`,
          displayName: `Bystander ${i}`,
          usageLocation: "US",
          ...(licensed ? { assignments: { create: { tenantId: access.tenantId, sku: "ENTERPRISEPACK" } } } : {}),
        },
      });
    }
    const all = await findUserSnapshots(getDb(), access.tenantId);
    const holdsPlan = (licenses: string[]) => licenses.some((l) => l === "MCOPSTN1" || l === "MCOPSTN2");
    expect(all.some((u) => !holdsPlan(u.snapshot.licenses) && u.snapshot.id !== organizerId)).toBe(true);
    expect(all.some((u) => holdsPlan(u.snapshot.licenses))).toBe(true);
    const some = await findUserSnapshots(getDb(), access.tenantId, { skus: ["MCOPSTN1", "MCOPSTN2"], userId: organizerId });
    expect(some).toEqual(all.filter((u) => u.snapshot.id === organizerId || holdsPlan(u.snapshot.licenses)));
    // A user of another tenant is never read as this tenant's (the call then answers "user not found").
    const other = await makeCreditsTenant(actor, { amount: "50.00" });
    const stranger = await findUserSnapshots(getDb(), access.tenantId, { skus: ["MCOPSTN1", "MCOPSTN2"], userId: other.organizerId });
    expect(stranger).toEqual(all.filter((u) => holdsPlan(u.snapshot.licenses)));
    expect(await codeOf(simulateCall(access, { userId: other.organizerId, type: "tollFreeDialIn", minutes: 1 }))).toBe("NOT_FOUND");
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
    // Groups with and without seats of one sku, a suspended one, and first members that tie on createdAt (id decides).
    const subs = await getDb().subscription.findMany({
      where: { tenantId: access.tenantId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const mcoev = subs.filter((x) => x.sku === "MCOEV");
    await getDb().subscription.update({ where: { id: mcoev[1].id }, data: { quantity: 0 } });
    await getDb().subscription.update({
      where: { id: subs.filter((x) => x.sku === "ENTERPRISEPACK")[2].id },
      data: { status: "suspended" },
    });
    await getDb().subscription.updateMany({
      where: { id: { in: [subs[3].id, subs[4].id, subs[5].id] } },
      data: { createdAt: subs[3].createdAt },
    });
    const full = await loadTenantSnapshotWithClock(getDb(), access.tenantId);
    const merged = await loadTenantSnapshotWithClock(getDb(), access.tenantId, { merged: true });
    expect(full!.snapshot.subscriptions.length).toBeGreaterThan(merged!.snapshot.subscriptions.length);
    expect(merged!.snapshot).toEqual(withMergedSubscriptions(full!.snapshot));
    expect(merged!.snapshot.subscriptions.filter((x) => x.sku === "MCOEV").map((x) => x.quantity > 0)).toEqual([true, false]);
    expect(merged!.snapshot.subscriptions.some((x) => x.status === "suspended")).toBe(true);
  });
});

const onSqlite = (process.env.DATABASE_URL ?? "file:").startsWith("file:");

/** Audit events of one action, counted through Prisma (committed data only). */
const countEvents = (action: string) => getDb().auditEvent.count({ where: { action } });

/**
 * Direct transactions (issue 15): on SQLite a call or a purchase runs BEGIN ... COMMIT straight on the write
 * connection instead of in a Prisma interactive transaction. These check that it is still one transaction, that it
 * takes turns with Prisma's, and that code needing Prisma falls back to a Prisma transaction rather than half-running.
 */
describe.runIf(onSqlite)("direct transactions on SQLite (lib/data/sql.ts inDirectTransaction)", () => {
  it("commits all of its writes together, or none of them when it throws", async () => {
    const { actor, access } = await makeTenantWithSeats({ MCOEV: 1 });
    const event = (action: string) => ({ tenantId: access.tenantId, actor, action, target: "x", outcome: "success" as const });
    await inDirectTransaction(async (tx) => {
      await createAuditEvent(tx, event("test.direct.commit"));
      await createAuditEvent(tx, event("test.direct.commit"));
      // Its own writes are visible inside it...
      const n = await sqlOf(tx).get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "action" = ?`, "test.direct.commit");
      expect(n!.n).toBe(2);
    });
    expect(await countEvents("test.direct.commit")).toBe(2);
    await expect(
      inDirectTransaction(async (tx) => {
        await createAuditEvent(tx, event("test.direct.rollback"));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await countEvents("test.direct.rollback")).toBe(0);
  });

  it("code that reaches for Prisma inside one rolls the whole transaction back, even if it caught the error", async () => {
    const { actor, access } = await makeTenantWithSeats({ MCOEV: 1 });
    const before = sqliteTransactionCounts().prisma;
    await expect(
      inDirectTransaction(async (tx) => {
        await createAuditEvent(tx, { tenantId: access.tenantId, actor, action: "test.direct.prisma", target: "x", outcome: "success" });
        try {
          await tx.auditEvent.count();
        } catch {
          // swallowed: the transaction must still not commit
        }
        return "done";
      }),
    ).rejects.toSatisfy((err) => NeedsPrisma.is(err));
    expect(await countEvents("test.direct.prisma")).toBe(0);
    expect(sqliteTransactionCounts().prisma).toBe(before);
    // A transaction client that has ended can't be used for direct SQL either.
    let leaked: unknown;
    await inDirectTransaction(async (tx) => {
      leaked = tx;
    });
    expect(() => sqlOf(leaked as never)).toThrow(/no longer open/);
  });

  it("runGuarded runs code that needs Prisma once, in a Prisma transaction, after rolling back the direct attempt", async () => {
    const { actor, access } = await makeTenantWithSeats({ MCOEV: 1 });
    const before = { ...sqliteTransactionCounts() };
    let runs = 0;
    const seen = await runGuarded(access.tenantId, async (tx) => {
      runs += 1;
      await createAuditEvent(tx, { tenantId: access.tenantId, actor, action: "test.direct.fallback", target: "x", outcome: "success" });
      return tx.auditEvent.count({ where: { action: "test.direct.fallback" } });
    });
    expect(runs).toBe(2);
    expect(seen).toBe(1);
    expect(await countEvents("test.direct.fallback")).toBe(1);
    expect(sqliteTransactionCounts().prisma).toBe(before.prisma + 1);
    expect(sqliteTransactionCounts().direct).toBe(before.direct + 1);
  });

  it("uses only the write connection of the database in use (not one a client for an earlier DATABASE_URL opened)", async () => {
    await getDb().$connect();
    const saved = process.env.DATABASE_URL;
    try {
      process.env.DATABASE_URL = "file:./data/not-this-one.db";
      expect(sqliteWriteConnection()).toBeUndefined();
    } finally {
      process.env.DATABASE_URL = saved;
    }
    expect(sqliteWriteConnection()).toBeDefined();
  });

  it("takes turns with Prisma's transactions: neither sees the other half-done", async () => {
    const { actor, access } = await makeTenantWithSeats({ MCOEV: 1 });
    const order: string[] = [];
    const event = { tenantId: access.tenantId, actor, action: "test.turns", target: "x", outcome: "success" as const };
    const prismaFirst = getDb().$transaction(async (tx) => {
      order.push("prisma begins");
      await createAuditEvent(tx, event);
      await new Promise((r) => setTimeout(r, 50));
      order.push("prisma commits");
    });
    await new Promise((r) => setTimeout(r, 10));
    const direct = inDirectTransaction(async (tx) => {
      order.push("direct begins");
      const n = await sqlOf(tx).get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "action" = ?`, "test.turns");
      await createAuditEvent(tx, event);
      return n!.n;
    });
    const prismaAfter = getDb().$transaction((tx) => tx.auditEvent.count({ where: { action: "test.turns" } }));
    const [, sawInDirect, sawInPrisma] = await Promise.all([prismaFirst, direct, prismaAfter]);
    expect(order).toEqual(["prisma begins", "prisma commits", "direct begins"]);
    expect(sawInDirect).toBe(1);
    expect(sawInPrisma).toBe(2);
  });

  it("a call, an auto-recharge with its lot and notice, a declined recharge and a one-seat purchase start no Prisma transaction", async () => {
    const actor = await makeActor();
    const { access, organizerId } = await makeCreditsTenant(actor, {
      amount: "20.00",
      autoRecharge: { enabled: true, threshold: "15.00", amount: "20.00" },
    });
    const before = { ...sqliteTransactionCounts() };
    const plain = await simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 10 });
    expect(plain).toMatchObject({ autoRecharged: false, charged: "0.30" });
    const crossing = await simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 200 });
    expect(crossing).toMatchObject({ autoRecharged: true });
    expect(await findOpenLots(getDb(), access.tenantId)).toHaveLength(2);
    expect((await listNotifications(access)).map((n) => n.kind)).toContain("autoRechargeSucceeded");
    await purchase(access, { sku: "MCOEV", quantity: 1 } as never);
    expect(sqliteTransactionCounts().prisma).toBe(before.prisma);
    expect(sqliteTransactionCounts().direct).toBe(before.direct + 3);
    // A declined card (a sandbox fault): the failure, its notice and the fault's countdown, still direct.
    await updateAutoRecharge(access, { enabled: true, threshold: "33.50", amount: "20.00", paymentMethod: "succeed" }); // 33.70 now: the next call crosses it
    await setFaults(access, { declineNextCharges: 1 });
    const counted = { ...sqliteTransactionCounts() };
    const declined = await simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 10 });
    expect(declined).toMatchObject({ autoRechargeFailed: true });
    expect(sqliteTransactionCounts().prisma).toBe(counted.prisma);
  });
});

describe.runIf(onSqlite)("WAL checkpoints on a background thread (lib/data/checkpoints.ts)", () => {
  const file = () => databaseUrl().replace(/^file:/, "");
  const until = async (ok: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    return ok();
  };
  const writeMegabytes = async (tenantId: string, actor: { accountId: string; email: string }, mb: number) => {
    const blob = "x".repeat(64 * 1024);
    for (let i = 0; i < mb * 16; i++) {
      await inDirectTransaction((tx) => createAuditEvent(tx, { tenantId, actor, action: "test.wal", target: blob, outcome: "success" }));
    }
  };

  it("the write connection never checkpoints, and the worker copies the WAL into the database file", async () => {
    const { actor, access } = await makeTenantWithSeats({ MCOEV: 1 });
    expect(Number(sqliteWriteConnection()!.pragma("wal_autocheckpoint", { simple: true }))).toBe(0);
    const before = statSync(file()).size;
    await writeMegabytes(access.tenantId, actor, 2);
    // Written to the WAL; within a few of the worker's rounds the database file itself holds them.
    expect(await until(() => statSync(file()).size >= before + 2 * 1024 * 1024, 5_000)).toBe(true);
  });

  it("if the worker stops, the write connection checkpoints by itself again", async () => {
    const g = globalThis as unknown as { sqliteCheckpointer?: { worker: { terminate(): Promise<number> } } };
    await getDb().$connect();
    await g.sqliteCheckpointer!.worker.terminate();
    expect(await until(() => Number(sqliteWriteConnection()!.pragma("wal_autocheckpoint", { simple: true })) === 1000, 2_000)).toBe(true);
  });
});
