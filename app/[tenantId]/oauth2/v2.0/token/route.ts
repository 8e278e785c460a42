import { jsonResponse } from "@/lib/api/respond";
import { fieldErrors } from "@/lib/validation/errors";
import { AppError } from "@/lib/domain/errors";
import { issueGraphToken } from "@/lib/services/app-registrations";
import { tokenRequestInput } from "@/lib/validation/graph";

/** OAuth 2.0 errors as Entra answers them: { error, error_description }. */
function oauthError(status: number, error: string, description: string): Response {
  return jsonResponse({ error, error_description: description }, { status, headers: { "cache-control": "no-store" } });
}

/** POST /{tenantId}/oauth2/v2.0/token: the client-credentials grant for the Graph surface. */
export async function POST(req: Request, ctx: { params: Promise<{ tenantId: string }> }): Promise<Response> {
  const { tenantId } = await ctx.params;
  let form: Record<string, string>;
  try {
    const body = await req.text();
    form = Object.fromEntries(new URLSearchParams(body));
  } catch {
    return oauthError(400, "invalid_request", "The body must be form-encoded.");
  }
  const parsed = tokenRequestInput.safeParse(form);
  if (!parsed.success) {
    const fields = Object.keys(fieldErrors(parsed.error)).join(", ");
    const code =
      "grant_type" in fieldErrors(parsed.error)
        ? "unsupported_grant_type"
        : parsed.error.issues.some((i) => i.path[0] === "scope")
          ? "invalid_scope"
          : "invalid_request";
    return oauthError(400, code, `Check these fields: ${fields}.`);
  }
  try {
    const token = await issueGraphToken(tenantId, parsed.data);
    return jsonResponse(
      { token_type: "Bearer", expires_in: token.expiresIn, ext_expires_in: token.expiresIn, access_token: token.accessToken },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (err) {
    if (err instanceof AppError) return oauthError(401, "invalid_client", err.body.message);
    console.error("[token] unexpected error", err);
    return oauthError(500, "server_error", "Something went wrong on our side. Try again.");
  }
}
