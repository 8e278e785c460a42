/**
 * Simulated calls per second at the service layer (no HTTP): the cost of one call's transaction on SQLite,
 * sequentially and with 8 concurrent callers. Prints figures; asserts nothing but ledger consistency.
 */
import { performance } from "node:perf_hooks";
import { makeActor, makeCreditsTenant } from "../tests/support/factories";
import { getCredits } from "@/lib/services/credits/reads";
import { simulateCall } from "@/lib/services/credits/calls";
import { parseUsd } from "@/lib/domain/money";

async function main() {
  const actor = await makeActor("Bench");
  const { access, organizerId } = await makeCreditsTenant(actor, {
    amount: "1000.00",
    autoRecharge: { enabled: true, threshold: "100.00", amount: "500.00" },
  });
  const call = () => simulateCall(access, { userId: organizerId, type: "tollFreeDialIn", minutes: 10 });

  const n = 300;
  let t = performance.now();
  for (let i = 0; i < n; i++) await call();
  const sequentialMs = performance.now() - t;

  t = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (done < n) {
        done++;
        await call();
      }
    }),
  );
  const concurrentMs = performance.now() - t;

  const credits = await getCredits(access, { limit: 10_000 });
  const sum = credits.ledger.reduce((acc, e) => acc + parseUsd(e.amount, { allowNegative: true })!, 0);
  const consistent = sum === parseUsd(credits.balance, { allowNegative: true });
  console.log(
    `sequential: ${n} calls in ${sequentialMs.toFixed(0)} ms = ${((n / sequentialMs) * 1000).toFixed(1)} calls/s (${(sequentialMs / n).toFixed(2)} ms/call)`,
  );
  console.log(`8 concurrent callers: ${n} calls in ${concurrentMs.toFixed(0)} ms = ${((n / concurrentMs) * 1000).toFixed(1)} calls/s`);
  console.log(`ledger entries: ${credits.ledgerSize}, ledger sums to balance: ${consistent}`);
  if (!consistent) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
