import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/data/db";
import { findActorByToken, hashToken, verifyCredentials } from "@/lib/auth/credentials";
import { createToken, listTokens, revokeToken } from "@/lib/services/accounts";
import { makeActor } from "../support/factories";

describe("API tokens and credentials (real SQLite file)", () => {
  it("stores only a hash of the token, which resolves to its owner", async () => {
    const actor = await makeActor();
    const { token, view } = await createToken(actor, { name: "scripts" });
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await findActorByToken(token))?.accountId).toBe(actor.accountId);
  });

  it("a revoked token stops working, and only its owner can revoke it", async () => {
    const owner = await makeActor();
    const other = await makeActor();
    const { token, view } = await createToken(owner);
    await expect(revokeToken(other, view.id)).rejects.toMatchObject({ body: { code: "NOT_FOUND" } });
    expect(await findActorByToken(token)).not.toBeNull();
    await revokeToken(owner, view.id);
    expect(await findActorByToken(token)).toBeNull();
    expect((await listTokens(owner))[0].revokedAt).not.toBeNull();
  });

  it("an expired or unknown token resolves to nobody", async () => {
    const actor = await makeActor();
    const { token, view } = await createToken(actor);
    await getDb().apiToken.update({ where: { id: view.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findActorByToken(token)).toBeNull();
    expect(await findActorByToken("bst_not-a-token")).toBeNull();
  });

  it("passwords are hashed with scrypt and checked", async () => {
    const actor = await makeActor();
    const row = await getDb().account.findUniqueOrThrow({ where: { id: actor.accountId } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain("correct horse");
    expect(await verifyCredentials(actor.email, "correct horse battery")).not.toBeNull();
    expect(await verifyCredentials(actor.email, "wrong")).toBeNull();
    expect(await verifyCredentials("nobody@example.test", "correct horse battery")).toBeNull();
  });
});
