import { describe, expect, it } from "vitest";
import { graphUsersQuery, parseGraphFilter } from "./graph-query";
import { tokenRequestInput } from "./graph";

describe("Graph $filter forms (shared/api.md Graph surface)", () => {
  it("assignedLicenses/any with a catalog skuId names the sku", () => {
    expect(parseGraphFilter("assignedLicenses/any(x:x/skuId eq c7df2760-2c81-4ef7-b578-5b5392b571df)")).toEqual({
      kind: "license",
      sku: "ENTERPRISEPREMIUM",
    });
    expect(parseGraphFilter("assignedLicenses/any(u: u/skuId eq 6FD2C87F-B296-42F0-B197-1E91E994B900)")).toEqual({
      kind: "license",
      sku: "ENTERPRISEPACK",
    });
    expect(parseGraphFilter("assignedLicenses/any(x:x/skuId eq 00000000-0000-0000-0000-000000000000)")).toBe("unknownSku");
  });

  it("usageLocation eq and startswith(displayName)", () => {
    expect(parseGraphFilter("usageLocation eq 'gb'")).toEqual({ kind: "usageLocation", value: "GB" });
    expect(parseGraphFilter("startswith(displayName,'O''Brien')")).toEqual({ kind: "displayNameStartsWith", value: "O'Brien" });
  });

  it("anything else is refused, and $top is digits from 1 to 999", () => {
    expect(parseGraphFilter("department eq 'x'")).toBeNull();
    expect(parseGraphFilter("assignedLicenses/any(x:y/skuId eq c7df2760-2c81-4ef7-b578-5b5392b571df)")).toBeNull();
    expect(graphUsersQuery.safeParse({ $filter: "accountEnabled eq true" }).success).toBe(false);
    expect(graphUsersQuery.safeParse({ $top: "0" }).success).toBe(false);
    expect(graphUsersQuery.safeParse({ $top: "1e3" }).success).toBe(false);
    expect(graphUsersQuery.parse({ $top: "5", $select: "id, displayName" })).toMatchObject({
      top: 5,
      skip: 0,
      select: ["id", "displayName"],
    });
  });

  it("the token request is the client-credentials grant with Graph's .default scope only", () => {
    const ok = { grant_type: "client_credentials", client_id: "a", client_secret: "b", scope: "https://graph.microsoft.com/.default" };
    expect(tokenRequestInput.safeParse(ok).success).toBe(true);
    expect(tokenRequestInput.safeParse({ ...ok, grant_type: "password" }).success).toBe(false);
    expect(tokenRequestInput.safeParse({ ...ok, scope: "User.Read" }).success).toBe(false);
  });
});
