// One place for the next-auth secret: the proxy and the app are separate bundles and must agree.
// Production (next start) needs NEXTAUTH_SECRET; scripts/sandbox.sh and the test runner set one.
export const authSecret =
  process.env.NEXTAUTH_SECRET ?? (process.env.NODE_ENV !== "production" ? "insecure-dev-only-secret-do-not-use-in-prod" : undefined);
