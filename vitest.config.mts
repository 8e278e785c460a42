import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { pgAnswers, TEST_POSTGRES_URL } from "./tests/support/pg";

const root = fileURLToPath(new URL("./", import.meta.url));

// Two projects: "sqlite" runs every test (database tests on SQLite files), "postgres" runs the database tests
// again, each file on its own PostgreSQL database, when a server answers at TEST_POSTGRES_URL
// (default postgresql://postgres@127.0.0.1:5432/postgres). `--project sqlite` / `--project postgres` pick one.
export default defineConfig(async () => {
  const withPostgres = process.env.TEST_POSTGRES !== "0" && (await pgAnswers(TEST_POSTGRES_URL));
  return {
    resolve: {
      alias: {
        "@": root,
        // server-only throws outside React Server Components; tests run services directly.
        "server-only": `${root}tests/support/empty.ts`,
      },
    },
    test: {
      environment: "node",
      testTimeout: 30_000,
      hookTimeout: 60_000,
      projects: [
        {
          extends: true,
          test: {
            name: "sqlite",
            include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
            globalSetup: ["tests/support/global-setup.ts"],
            setupFiles: ["tests/support/per-file-db.ts"],
          },
        },
        ...(withPostgres
          ? [
              {
                extends: true,
                test: {
                  name: "postgres",
                  include: ["tests/db/**/*.db.test.ts"],
                  globalSetup: ["tests/support/global-setup-pg.ts"],
                  setupFiles: ["tests/support/per-file-pg.ts"],
                },
              },
            ]
          : []),
      ],
    },
  };
});
