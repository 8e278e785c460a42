import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { loadTenantSnapshotWithClock } from "@/lib/data/snapshot";
import { withMergedSubscriptions } from "@/lib/domain/tenant";
import { makeTenantWithSeats } from "../support/factories";

/**
 * SubscriptionGroup is kept by database triggers (migration subscription_groups, both databases): whatever is done
 * to a tenant's subscriptions, adding, changing seats, status, sku or creation time, removing one or all, the merged
 * subscriptions read from it equal withMergedSubscriptions over the full list (what purchases and offers decide on).
 */
const SKUS = ["ENTERPRISEPACK", "MCOEV", "MCOMEETADV"] as const;
const STATUSES = ["active", "suspended"] as const;
const base = new Date("2026-01-01T00:00:00.000Z").getTime();

const step = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    sku: fc.constantFrom(...SKUS),
    quantity: fc.integer({ min: 0, max: 3 }),
    commercial: fc.boolean(),
    // Few distinct times: ties on createdAt are where the id decides the first member.
    minute: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ kind: fc.constant("seats" as const), pick: fc.nat(), quantity: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant("status" as const), pick: fc.nat(), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant("sku" as const), pick: fc.nat(), sku: fc.constantFrom(...SKUS) }),
  fc.record({ kind: fc.constant("created" as const), pick: fc.nat(), minute: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("removeAll" as const), sku: fc.constantFrom(...SKUS) }),
);

describe("SubscriptionGroup, kept by triggers", () => {
  it("after any sequence of changes, the merged subscriptions equal withMergedSubscriptions of them all", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 2 });
    const tenantId = access.tenantId;
    const db = getDb();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const s of steps) {
          const all = await db.subscription.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
          const picked = "pick" in s && all.length > 0 ? all[s.pick % all.length] : null;
          const at = (minute: number) => new Date(base + minute * 60_000);
          if (s.kind === "add") {
            await db.subscription.create({
              data: {
                tenantId,
                sku: s.sku,
                quantity: s.quantity,
                commercial: s.commercial,
                term: "annual",
                createdAt: at(s.minute),
                renewsAt: at(525_600),
              },
            });
          } else if (s.kind === "removeAll") {
            await db.subscription.deleteMany({ where: { tenantId, sku: s.sku } });
          } else if (picked) {
            const data =
              s.kind === "seats"
                ? { quantity: s.quantity }
                : s.kind === "status"
                  ? { status: s.status }
                  : s.kind === "sku"
                    ? { sku: s.sku }
                    : s.kind === "created"
                      ? { createdAt: at(s.minute) }
                      : null;
            if (data) await db.subscription.update({ where: { id: picked.id }, data });
            else await db.subscription.delete({ where: { id: picked.id } });
          }
        }
        const full = await loadTenantSnapshotWithClock(db, tenantId);
        const merged = await loadTenantSnapshotWithClock(db, tenantId, { merged: true });
        expect(merged!.snapshot).toEqual(withMergedSubscriptions(full!.snapshot));
      }),
      { numRuns: 40 },
    );
  });

  it("a tenant's groups go with the tenant", async () => {
    const { access } = await makeTenantWithSeats({ MCOEV: 2, MCOMEETADV: 1 });
    expect(await getDb().subscriptionGroup.count({ where: { tenantId: access.tenantId } })).toBeGreaterThan(0);
    await getDb().tenant.delete({ where: { id: access.tenantId } });
    expect(await getDb().subscriptionGroup.count({ where: { tenantId: access.tenantId } })).toBe(0);
  });
});
