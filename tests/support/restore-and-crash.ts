/**
 * Child process of tests/db/snapshots-crash.db.test.ts: restores a save point and kills itself (SIGKILL, no
 * cleanup, as a power cut would) at the named step of the restore, inside its transaction, or just after it
 * committed when the step is "committed". Usage: tsx --conditions=react-server this-file <tenantId> <accountId>
 * <snapshotId> <step>; DATABASE_URL names the SQLite file.
 */
import { restoreSnapshot } from "@/lib/services/snapshots";
import { getTenantAccess } from "@/lib/services/tenants";

async function main() {
  const [tenantId, accountId, snapshotId, killAt] = process.argv.slice(2);
  const access = await getTenantAccess({ accountId, email: "crash@test", name: "Crash", via: "token" }, tenantId);
  await restoreSnapshot(access, snapshotId, {
    step: (name) => {
      if (name === killAt) process.kill(process.pid, "SIGKILL");
    },
  });
  if (killAt === "committed") process.kill(process.pid, "SIGKILL");
}

void main();
