import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findActorBySession } from "./credentials";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/**
 * The signed-in person, re-read from the database: the JWT's session row must still be live (signing out,
 * disabling the sign-in or a password change revokes it), so a copied cookie stops working at once.
 * Cached per request: a layout and its page ask for it once.
 */
export const findSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  return user?.id && user.sid ? findActorBySession(user.id, user.sid) : null;
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(callbackUrl = "/tenants"): Promise<Actor> {
  const actor = await findSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return actor;
}
