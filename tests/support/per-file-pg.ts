import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { databaseUrlFor, pgAdmin } from "./pg";

// Every test file gets its own PostgreSQL database, a copy of the run's migrated template (global-setup-pg.ts).
const server = inject("pgServerUrl");
const name = `${inject("pgRunPrefix")}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
for (let attempt = 1; ; attempt++) {
  try {
    // Two copies of one template at the same instant can be refused ("being accessed by other users").
    await pgAdmin(server, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("pgTemplate")}"`));
    break;
  } catch (e) {
    if (attempt >= 20) throw e;
    await new Promise((r) => setTimeout(r, 100 * attempt));
  }
}
process.env.DATABASE_URL = databaseUrlFor(server, name);
