import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findActorById } from "./credentials";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/**
 * The signed-in person, re-read from the database (a deleted account loses access at once).
 * Cached per request: a layout and its page ask for it once.
 */
export const findSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findActorById(id) : null;
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(callbackUrl = "/tenants"): Promise<Actor> {
  const actor = await findSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return actor;
}
