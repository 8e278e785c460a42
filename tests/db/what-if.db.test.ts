/**
 * What-if against real tenants: for every demo situation (lib/domain/fixtures.ts, the ones the seed builds
 * tenants from), POST /evaluate's answer equals the offers of a real tenant created in that situation and read
 * back from SQLite (GET /tenants/{id}/offers). Evaluating stores nothing.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { DEMO_SITUATIONS } from "@/lib/domain/fixtures";
import { getOffers } from "@/lib/services/purchases";
import { getTenantAccess } from "@/lib/services/tenants";
import { evaluateSituation } from "@/lib/services/what-if";
import { evaluateInput } from "@/lib/validation/what-if";
import { demoTenantUsers } from "@/prisma/seed-data";
import { makeActor, makeTenant } from "../support/factories";

describe("POST /evaluate answers as a real tenant would", () => {
  it.each(DEMO_SITUATIONS.map((d) => [d.key, d] as const))("demo situation %s", async (key, demo) => {
    const actor = await makeActor();
    const s = demo.snapshot;
    const situation = {
      country: s.country,
      orgType: s.orgType,
      cloud: s.cloud,
      channel: s.channel,
      commitment: s.commitment,
      plan: s.plan,
    };
    const users = demoTenantUsers({ situation: key, domain: `${key}.test`, input: { name: key, ...situation, seats: 25 } });
    const tenant = await makeTenant(actor, { name: `What-if ${key}`, ...situation, seats: 25 }, { users });
    const real = await getOffers(await getTenantAccess(actor, tenant.id));
    const hypothetical = evaluateSituation(actor, evaluateInput.parse({ ...situation, seats: 25 }));
    expect(hypothetical).toEqual(real);
  });

  it("R-MC-1 / A-6, R-CP-1, R-PART-1: with owned add-ons and policy flags too", async () => {
    const actor = await makeActor();
    const cases = [
      {
        situation: {
          country: "US",
          orgType: "commercial",
          cloud: "worldwide",
          channel: "direct",
          commitment: "monthly",
          plan: "ENTERPRISEPACK",
        } as const,
        owned: { MCOEV: 5, MCOMEETADV: 3 },
        policy: { monthlyCommitmentBlocksAddOns: false },
      },
      {
        situation: {
          country: "CA",
          orgType: "education",
          cloud: "worldwide",
          channel: "partner",
          commitment: "annual",
          plan: "ENTERPRISEPACK",
        } as const,
        owned: { ENTERPRISEPACK: 1 },
        policy: { canadaCallingPlansPreview: true },
      },
    ];
    for (const c of cases) {
      const { ENTERPRISEPACK: extraPlanSeats, ...addOns } = c.owned as unknown as Record<string, number>;
      const extra = Object.entries(addOns).map(([sku, quantity]) => ({ sku, quantity, commercial: true }));
      if (extraPlanSeats) extra.push({ sku: "ENTERPRISEPACK", quantity: extraPlanSeats, commercial: true });
      const tenant = await makeTenant(actor, { ...c.situation, seats: 25, policy: c.policy }, { extraSubscriptions: extra });
      const real = await getOffers(await getTenantAccess(actor, tenant.id));
      const hypothetical = evaluateSituation(actor, evaluateInput.parse({ ...c.situation, owned: c.owned, policy: c.policy }));
      expect(hypothetical).toEqual(real);
    }
  });

  it("stores nothing", async () => {
    const actor = await makeActor();
    const db = getDb();
    const before = [await db.tenant.count(), await db.subscription.count(), await db.auditEvent.count()];
    evaluateSituation(
      actor,
      evaluateInput.parse({
        country: "US",
        orgType: "commercial",
        cloud: "worldwide",
        channel: "direct",
        commitment: "annual",
        plan: null,
      }),
    );
    expect([await db.tenant.count(), await db.subscription.count(), await db.auditEvent.count()]).toEqual(before);
  });
});
