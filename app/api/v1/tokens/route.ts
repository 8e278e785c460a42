import { apiRoute, clientIp, json, parseWith, readJson } from "@/lib/api/handler";
import { verifyCredentials } from "@/lib/auth/credentials";
import { createToken, listTokens } from "@/lib/services/accounts";
import { AppError } from "@/lib/domain/errors";
import { createTokenInput } from "@/lib/validation/auth";

/** Exchange a sign-in's email and password for a bearer token (shown once). */
export const POST = apiRoute(
  async (req) => {
    const input = parseWith(createTokenInput, await readJson(req));
    const actor = await verifyCredentials(input.email, input.password, clientIp(req));
    if (!actor) {
      throw new AppError({ code: "UNAUTHENTICATED", message: "That email and password don't match a sign-in." });
    }
    const { token, view } = await createToken(actor, { name: input.name ?? "API", expiresInDays: input.expiresInDays });
    return json({ token, expiresAt: view.expiresAt, id: view.id }, 201);
  },
  { auth: false },
);

export const GET = apiRoute(async (_req, { actor }) => json({ tokens: await listTokens(actor) }));
