import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { authSecret } from "@/lib/auth/auth-secret";

// Optimistic redirect only: every page, action and API handler checks the actor again.
const requireSignIn = withAuth({ secret: authSecret, pages: { signIn: "/login" } });

/**
 * A path segment that is not valid percent-encoded UTF-8 (`%ED%A0%80`, a lone surrogate's bytes, or `%E0%A4%A`)
 * makes the router fail with a bare 500 before any handler runs. Refuse it here as bad input (issue 14).
 */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The same refusal in the shape each surface answers with: OAuth's, Graph's, or the sandbox API's. */
function malformedPathAnswer(pathname: string): NextResponse {
  const message = "The address has a badly encoded part. Check the ids in it.";
  if (/\/oauth2\//.test(pathname)) {
    return NextResponse.json({ error: "invalid_request", error_description: message }, { status: 400 });
  }
  if (pathname.startsWith("/graph/")) {
    const requestId = crypto.randomUUID();
    return NextResponse.json(
      { error: { code: "Request_BadRequest", message, innerError: { date: new Date().toISOString(), "request-id": requestId } } },
      { status: 400, headers: { "request-id": requestId } },
    );
  }
  return NextResponse.json(
    { error: { code: "VALIDATION_FAILED", message, details: { path: ["A part of the path is not valid percent-encoded UTF-8."] } } },
    { status: 400 },
  );
}

/** Console pages that need a sign-in before they render (each checks the actor again on the server). */
const SIGNED_IN = /^\/(tenants|account|rules|classes|scenarios)(\/|$)/;

export default function proxy(req: NextRequest, event: NextFetchEvent) {
  const { pathname } = req.nextUrl;
  if (malformedPath(pathname)) return malformedPathAnswer(pathname);
  if (!SIGNED_IN.test(pathname)) return NextResponse.next();
  return requireSignIn(req as NextRequestWithAuth, event);
}

// Every path but Next's own assets: a badly encoded id must be a 400 on the Graph surface and the token endpoint too.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|icon).*)"] };
