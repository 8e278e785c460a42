import "server-only";
import { inTenantTransaction } from "./transaction";
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { getDb } from "@/lib/data/db";
import { createAuditEvent } from "@/lib/data/audit";
import {
  findAppByClientId,
  findAppRegistration,
  findAppRegistrations,
  findGraphToken,
  insertAppRegistration,
  insertGraphToken,
  markAppRevoked,
  type AppRegistrationRow,
} from "@/lib/data/app-registrations";
import { hashToken } from "@/lib/auth/credentials";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { AppError } from "@/lib/domain/errors";
import type { AppRegistrationInput, TokenRequestInput } from "@/lib/validation/graph";
import { actorOf } from "./support";

/** Lifetime of a Graph access token, as Entra answers client-credentials requests (about an hour). */
export const GRAPH_TOKEN_SECONDS = 3599;
/** The role an app's token acts with: read, manage users, assign licenses (Graph's User/LicenseAssignment.ReadWrite.All). */
const APP_ROLE = "LICENSE_ADMIN" as const;

export interface AppRegistrationView {
  id: string;
  displayName: string;
  clientId: string;
  secretHint: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

function toView(row: AppRegistrationRow): AppRegistrationView {
  return {
    id: row.id,
    displayName: row.displayName,
    clientId: row.clientId,
    secretHint: row.secretHint,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Global admin only: a new client id and secret; the secret is returned here and never again. */
export async function createAppRegistration(
  access: TenantAccess,
  input: AppRegistrationInput,
): Promise<AppRegistrationView & { clientSecret: string }> {
  assertCan(access, "members:manage");
  const clientSecret = `sbx~${randomBytes(30).toString("base64url")}`;
  const db = getDb();
  const row = await db.$transaction(async (tx) => {
    const created = await insertAppRegistration(tx, {
      tenantId: access.tenantId,
      displayName: input.displayName,
      clientId: randomUUID(),
      secretHash: hashToken(clientSecret),
      secretHint: clientSecret.slice(0, 7),
      createdBy: access.actor.email,
    });
    await createAuditEvent(tx, {
      tenantId: access.tenantId,
      actor: actorOf(access),
      action: "appRegistration.create",
      target: input.displayName,
      outcome: "success",
      ruleIds: [],
      details: { clientId: created.clientId },
    });
    return created;
  });
  return { ...toView(row), clientSecret };
}

export async function listAppRegistrations(access: TenantAccess): Promise<AppRegistrationView[]> {
  assertCan(access, "members:manage");
  return (await findAppRegistrations(getDb(), access.tenantId)).map(toView);
}

/** Revoking ends every token the app holds at once. */
export async function revokeAppRegistration(access: TenantAccess, id: string): Promise<AppRegistrationView> {
  assertCan(access, "members:manage");
  return inTenantTransaction(access.tenantId, async (tx) => {
    const row = await findAppRegistration(tx, access.tenantId, id);
    if (!row) throw AppError.notFound("That app registration");
    if (!row.revokedAt) {
      await markAppRevoked(tx, row.id, new Date());
      await createAuditEvent(tx, {
        tenantId: access.tenantId,
        actor: actorOf(access),
        action: "appRegistration.revoke",
        target: row.displayName,
        outcome: "success",
        ruleIds: [],
        details: { clientId: row.clientId },
      });
    }
    return toView((await findAppRegistration(tx, access.tenantId, row.id))!);
  });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The client-credentials grant of /{tenantId}/oauth2/v2.0/token. Any failure is one `invalid_client`
 * refusal (code UNAUTHENTICATED), so a caller can't tell a wrong secret from a wrong tenant.
 */
export async function issueGraphToken(tenantId: string, input: TokenRequestInput): Promise<{ accessToken: string; expiresIn: number }> {
  const db = getDb();
  const app = await findAppByClientId(db, input.client_id);
  if (!app || app.revokedAt || app.tenantId !== tenantId || !sameSecret(app.secretHash, hashToken(input.client_secret))) {
    throw new AppError({
      code: "UNAUTHENTICATED",
      message: "The client id and secret don't match an active app registration of this tenant.",
    });
  }
  const accessToken = `sbxg.${randomBytes(32).toString("base64url")}`;
  await insertGraphToken(db, {
    tenantId: app.tenantId,
    appId: app.id,
    tokenHash: hashToken(accessToken),
    expiresAt: new Date(Date.now() + GRAPH_TOKEN_SECONDS * 1000),
  });
  return { accessToken, expiresIn: GRAPH_TOKEN_SECONDS };
}

/** The tenant access a Graph bearer token carries, or null for an unknown, expired or revoked one. */
export async function graphAccessForToken(token: string): Promise<TenantAccess | null> {
  const row = await findGraphToken(getDb(), hashToken(token));
  if (!row || row.app.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return {
    actor: {
      accountId: `app:${row.app.clientId}`,
      email: `${row.app.displayName} (app ${row.app.clientId})`,
      name: row.app.displayName,
      via: "token",
    },
    tenantId: row.app.tenantId,
    role: APP_ROLE,
  };
}
