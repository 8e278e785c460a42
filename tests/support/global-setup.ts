import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

/** Migrates one template SQLite file with the committed migrations; each test file copies it. */
export default function setup() {
  const dir = path.resolve("tests/.tmp");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: "file:./tests/.tmp/template.db" },
    stdio: "pipe",
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
