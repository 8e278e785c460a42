import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { findActorById } from "./credentials";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/** The signed-in person, re-read from the database (a deleted account loses access at once). */
export async function findSessionActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findActorById(id) : null;
}

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(callbackUrl = "/tenants"): Promise<Actor> {
  const actor = await findSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return actor;
}
