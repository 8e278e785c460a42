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

export default function proxy(req: NextRequest, event: NextFetchEvent) {
  if (malformedPath(req.nextUrl.pathname)) {
    return NextResponse.json(
      {
        error: {
          code: "VALIDATION_FAILED",
          message: "The address has a badly encoded part. Check the ids in it.",
          details: { path: ["A part of the path is not valid percent-encoded UTF-8."] },
        },
      },
      { status: 400 },
    );
  }
  if (req.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  return requireSignIn(req as NextRequestWithAuth, event);
}

export const config = { matcher: ["/tenants/:path*", "/account/:path*", "/rules", "/api/:path*"] };
