import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "./db";

/**
 * Failed sign-in counters (issue 11), kept by rate-limiter-flexible in the RateLimiterFlexible table so every
 * instance sharing the database sees the same counts. Only failures are counted, so a suite that signs in
 * correctly many times never trips it.
 */
const MINUTE = 60;
const LIMITS = {
  // strict: one email from one client
  emailIp: { points: 10, duration: 15 * MINUTE },
  // one email from anywhere (a spread-out guess at one account)
  email: { points: 50, duration: 60 * MINUTE },
  // one client guessing many emails
  ip: { points: 200, duration: 60 * MINUTE },
} as const;

type Kind = keyof typeof LIMITS;
const limiters = new Map<string, RateLimiterPrisma>();

function limiter(kind: Kind): RateLimiterPrisma {
  const key = `${kind}:${process.env.DATABASE_URL ?? ""}`;
  let l = limiters.get(key);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimiterFlexible",
      keyPrefix: `signin-${kind}`,
      clearExpiredByTimeout: false,
      ...LIMITS[kind],
    });
    limiters.set(key, l);
  }
  return l;
}

function keysOf(email: string, ip: string): [Kind, string][] {
  return [
    ["emailIp", `${email}|${ip}`],
    ["email", email],
    ["ip", ip],
  ];
}

/** Seconds until the caller may try again, or 0 when it isn't blocked. */
export async function signInBlockedFor(email: string, ip: string): Promise<number> {
  let wait = 0;
  for (const [kind, key] of keysOf(email, ip)) {
    const res = await limiter(kind).get(key);
    if (res && res.consumedPoints >= LIMITS[kind].points) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
  }
  return wait;
}

/** Counts one failure on every key; the seconds to wait when this failure used up a limit, else 0. */
export async function recordSignInFailure(email: string, ip: string): Promise<number> {
  let wait = 0;
  for (const [kind, key] of keysOf(email, ip)) {
    try {
      const res = await limiter(kind).consume(key);
      if (res.remainingPoints === 0) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) throw rejected;
      wait = Math.max(wait, Math.ceil(rejected.msBeforeNext / 1000));
    }
  }
  return wait;
}

/** A correct password clears the strict counter for that email and client. */
export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await limiter("emailIp").delete(`${email}|${ip}`);
}
