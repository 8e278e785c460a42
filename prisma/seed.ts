/** Seeds an empty database and prints the sign-ins. Run: npm run db:seed */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed-data";
import { seedIfEmpty } from "./seed-lib";

function printSignIns(outcome: string) {
  const lines = [
    "",
    outcome === "seeded" ? "Seeded the demo tenants." : "The database already has data; kept it.",
    `Sign in at ${process.env.NEXTAUTH_URL ?? "http://localhost:3000"} with any of these (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(30)} ${a.role}`),
    "",
  ];
  console.log(lines.join("\n"));
}

seedIfEmpty()
  .then(printSignIns)
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
