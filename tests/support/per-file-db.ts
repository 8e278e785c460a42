import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";

// Every test file gets its own copy of the migrated template: a real SQLite file, isolated.
const file = `tests/.tmp/${randomUUID()}.db`;
copyFileSync("tests/.tmp/template.db", file);
process.env.DATABASE_URL = `file:./${file}`;
