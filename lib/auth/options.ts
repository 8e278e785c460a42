import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/domain/errors";
import { credentialsInput } from "@/lib/validation/auth";
import { endSession, startSession, verifyCredentials } from "./credentials";
import { authSecret } from "./auth-secret";

/** The login form shows this code's message; next-auth passes a thrown error's message as `error`. */
export const THROTTLED_PREFIX = "TOO_MANY_ATTEMPTS:";

function headerOf(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const v = headers?.[name];
  return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret,
  session: { strategy: "jwt" }, // the credentials provider needs JWT sessions; the JWT names a revocable session row
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, req) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const headers = req?.headers as Record<string, unknown> | undefined;
        const ip = headerOf(headers, "x-forwarded-for")?.split(",")[0]?.trim() || headerOf(headers, "x-real-ip") || "unknown";
        try {
          const actor = await verifyCredentials(parsed.data.email, parsed.data.password, ip);
          return actor ? { id: actor.accountId, email: actor.email, name: actor.name } : null;
        } catch (err) {
          if (err instanceof AppError && err.body.code === "TOO_MANY_ATTEMPTS") {
            throw new Error(`${THROTTLED_PREFIX}${String(err.body.details?.retryAfterSeconds ?? 60)}`);
          }
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      const u = session.user as { id?: string; sid?: string } | undefined;
      if (u && token.sub) u.id = token.sub;
      if (u && typeof token.sid === "string") u.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token && typeof token.sid === "string") await endSession(token.sid);
    },
  },
};
