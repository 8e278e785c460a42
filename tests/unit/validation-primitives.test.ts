import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { createTenantInput, updateTenantInput } from "@/lib/validation/tenants";
import { bulkLicenseInput, createUserInput, importUsersInput, updateUserInput, usersQuery } from "@/lib/validation/users";
import { seatChangeInput, seatPurchaseInput } from "@/lib/validation/purchases";
import { clockAdvanceInput, usageInput } from "@/lib/validation/credits";
import { createTokenInput, tokenNameInput } from "@/lib/validation/auth";
import { fromDigits, limitQuery, text } from "@/lib/validation/primitives";

const LONE = ["\ud800", "\udfff", "a\ud83d", "\ude00b"];

describe("issue 14, defect 2: ill-formed strings are refused at the boundary", () => {
  it("text() refuses a lone surrogate anywhere and keeps well-formed strings, emoji included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom(...LONE), fc.nat(), (s, bad, at) => {
        expect(text().safeParse(s).success).toBe(true);
        const i = at % (s.length + 1);
        expect(text().safeParse(s.slice(0, i) + bad + s.slice(i)).success).toBe(false);
      }),
    );
  });

  it("text() refuses a NUL anywhere (PostgreSQL's text can't hold one; refused on SQLite alike)", () => {
    for (const s of ["\u0000", "US\u0000", "a\u0000b"]) expect(text().safeParse(s).success).toBe(false);
    expect(createTenantInput.safeParse({ name: "Contoso\u0000", country: "US" }).success).toBe(false);
  });

  it.each([
    ["tenant name", createTenantInput, { name: "Contoso \ud800", country: "US" }, "name"],
    ["tenant rename", updateTenantInput, { name: "\udfffContoso" }, "name"],
    ["display name", createUserInput, { displayName: "Alex \ud800", userPrincipalName: "alex@contoso.test" }, "displayName"],
    ["display name (edit)", updateUserInput, { displayName: "\ud800" }, "displayName"],
    ["bulk user id", bulkLicenseInput, { userIds: ["u\ud800"], removeLicenses: ["MCOEV"] }, "userIds.0"],
    ["import row cell", importUsersInput, { rows: [{ displayName: "A\ud800", userPrincipalName: "a@b.test" }] }, "rows.0.displayName"],
    ["CSV text", importUsersInput, { csv: "displayName,userPrincipalName\nA\ud800,a@b.test\n" }, "csv"],
    ["users search", usersQuery, { search: "x\ud800" }, "search"],
    ["call's user id", usageInput, { userId: "\ud800", type: "tollFreeDialIn", minutes: 1 }, "userId"],
    ["token password", createTokenInput, { email: "a@b.test", password: "p\ud800" }, "password"],
  ] as const)("%s with a lone surrogate -> a field error at its path", (_label, schema, body, path) => {
    const r = (schema as { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }).safeParse(
      body,
    );
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("issue 14, defect 3: numbers are JSON numbers; text carries decimal digits only", () => {
  const notNumbers = [true, false, "16", "0x10", "1e3", "", " ", null, [], {}, "1.5", 1.5, Number.NaN];
  it.each([
    ["seats", (v: unknown) => createTenantInput.safeParse({ name: "Contoso", country: "US", seats: v })],
    ["purchase quantity", (v: unknown) => seatPurchaseInput.safeParse({ sku: "MCOEV", quantity: v })],
    ["seat change", (v: unknown) => seatChangeInput.safeParse({ quantity: v })],
    ["call minutes", (v: unknown) => usageInput.safeParse({ userId: "u1", type: "tollFreeDialIn", minutes: v })],
    ["clock days", (v: unknown) => clockAdvanceInput.safeParse({ days: v })],
    ["token expiry", (v: unknown) => createTokenInput.safeParse({ email: "a@b.test", password: "x", expiresInDays: v })],
  ])("%s refuses true, strings and fractions, accepts 16", (_label, parse) => {
    for (const v of notNumbers) expect(parse(v).success, JSON.stringify(v)).toBe(false);
    expect(parse(16).success).toBe(true);
  });

  it("text numbers (form posts, query strings) accept decimal digits only", () => {
    for (const v of ["0x10", "1e3", "+5", "-1", "1.0", "", "١٢"]) {
      expect(usersQuery.safeParse({ page: v }).success, v).toBe(false);
      expect(limitQuery(50).safeParse({ limit: v }).success, v).toBe(false);
      expect(tokenNameInput.safeParse({ name: "t", expiresInDays: v }).success, v).toBe(false);
      expect(typeof fromDigits(v)).toBe("string");
    }
    expect(usersQuery.parse({ page: "3" }).page).toBe(3);
    expect(limitQuery(50).parse({}).limit).toBe(50);
    expect(fromDigits(" 16 ")).toBe(16);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        (n) => createTenantInput.safeParse({ name: "Contoso", country: "US", seats: fromDigits(String(n)) }).success,
      ),
    );
  });

  it("the OpenAPI document still renders, numbers as numbers", () => {
    const doc = buildOpenApiDocument() as unknown as {
      components: { schemas: Record<string, { properties?: Record<string, { type?: string }> }> };
    };
    expect(doc.components.schemas.CreateTenant.properties!.seats.type).toBe("integer");
    expect(doc.components.schemas.SeatPurchase.properties!.quantity.type).toBe("integer");
  });
});
