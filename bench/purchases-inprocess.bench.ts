/**
 * One-seat purchases per second at the service layer (no HTTP), on a tenant that gains a subscription with every
 * purchase (as bench:api's purchases tenant does): the cost of the decision and the write, and how it grows.
 * Prints figures; asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { makeTenantWithSeats } from "../tests/support/factories";
import { purchase } from "@/lib/services/purchases";
import { decidePurchase } from "@/lib/domain/offers";
import { snapshotWithClockOf } from "@/lib/services/support";
import { getDb } from "@/lib/data/db";

async function main() {
  const { access } = await makeTenantWithSeats({ MCOMEETADV: 5 });
  const buy = () => purchase(access, { sku: "ENTERPRISEPACK", quantity: 1 } as never);
  for (const batch of [1, 2, 3]) {
    const n = 500;
    const t = performance.now();
    for (let i = 0; i < n; i++) await buy();
    const ms = performance.now() - t;
    const { snapshot } = await snapshotWithClockOf(getDb(), access.tenantId, { merged: true });
    const d0 = performance.now();
    for (let i = 0; i < 200; i++) decidePurchase(snapshot, { sku: "ENTERPRISEPACK", quantity: 1 });
    const decideMs = (performance.now() - d0) / 200;
    console.log(
      `batch ${batch} (${batch * n} subscriptions after): ${(ms / n).toFixed(3)} ms per purchase; decidePurchase alone ${decideMs.toFixed(3)} ms`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
