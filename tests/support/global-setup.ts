import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dbDir: string;
  }
}

/**
 * Migrates one template SQLite file with the committed migrations; each test file copies it
 * (tests/support/per-file-db.ts). Each run gets its own folder, so parallel runs don't collide.
 */
export default function setup(project: TestProject) {
  mkdirSync(path.resolve("tests/.tmp"), { recursive: true });
  const dir = mkdtempSync(path.resolve("tests/.tmp/run-"));
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "template.db")}` },
    stdio: "pipe",
  });
  project.provide("dbDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
