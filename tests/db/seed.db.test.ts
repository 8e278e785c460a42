import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { loadTenantSnapshot } from "@/lib/data/snapshot";
import { decideOffers } from "@/lib/domain/offers";
import { findDemoSituation } from "@/lib/domain/fixtures";
import { verifyCredentials } from "@/lib/auth/credentials";
import { seedIfEmpty } from "@/prisma/seed-lib";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANTS } from "@/prisma/seed-data";

// This file's database starts empty (tests/support/per-file-db.ts gives each file its own copy).
describe("the seed (real SQLite file)", () => {
  let first: string;
  beforeAll(async () => {
    first = await seedIfEmpty();
  });

  it("fills an empty database once, and keeps the data on a second run", async () => {
    expect(first).toBe("seeded");
    expect(await seedIfEmpty()).toBe("kept");
    expect(await getDb().tenant.count()).toBe(13);
  });

  it("four sign-ins, one per role, share every demo tenant with that role; the shared password works", async () => {
    const db = getDb();
    const tenants = await db.tenant.findMany({ include: { memberships: { include: { account: true } } } });
    expect(tenants).toHaveLength(DEMO_TENANTS.length);
    for (const t of tenants) {
      const roles = Object.fromEntries(t.memberships.map((m) => [m.account.email, m.role]));
      expect(roles).toEqual(Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, a.role])));
    }
    for (const a of DEMO_ACCOUNTS) expect(await verifyCredentials(a.email, DEMO_PASSWORD)).not.toBeNull();
  });

  it("has a handful of directory users in each tenant, some licensed, one meeting room, one on-premises PSTN", async () => {
    const db = getDb();
    for (const t of await db.tenant.findMany()) {
      const users = await db.directoryUser.findMany({ where: { tenantId: t.id } });
      expect(users.length).toBeGreaterThanOrEqual(5);
      expect(users.some((u) => u.kind === "room")).toBe(true);
      expect(users.some((u) => u.pstnConnectivity === "onPremises")).toBe(true);
      expect(await db.licenseAssignment.count({ where: { tenantId: t.id } })).toBeGreaterThan(0);
    }
  });

  it.each(DEMO_TENANTS.map((t) => ({ name: t.input.name, situation: t.situation })))(
    "$name is the documented situation $situation: every offer's status and first code match the engine's fixture",
    async ({ name, situation }) => {
      const db = getDb();
      const tenant = await db.tenant.findFirstOrThrow({ where: { name } });
      const seeded = decideOffers((await loadTenantSnapshot(db, tenant.id))!);
      const expected = decideOffers(findDemoSituation(situation)!.snapshot);
      expect(seeded.map((o) => [o.sku, o.status, o.reasons[0]?.code ?? null])).toEqual(
        expected.map((o) => [o.sku, o.status, o.reasons[0]?.code ?? null]),
      );
    },
  );
});
