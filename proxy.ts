import { withAuth } from "next-auth/middleware";
import { authSecret } from "@/lib/auth/auth-secret";

// Optimistic redirect only: every page, action and API handler checks the actor again.
export default withAuth({ secret: authSecret, pages: { signIn: "/login" } });

export const config = { matcher: ["/tenants/:path*", "/account/:path*", "/rules"] };
