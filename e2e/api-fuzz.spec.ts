import { expect, test, type APIRequestContext } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { ACCOUNTS, PASSWORD, bearer, tenantWithAllRoles, tokenFor } from "./helpers";

/**
 * Issue 14: a property-based fuzz of every operation of the OpenAPI document, over real HTTP against the built
 * server. Bodies are arbitrary JSON, shapes built from the operation's own field names with good and bad values
 * (lone UTF-16 surrogates, `true` for a number, "0x10", "1e3", huge strings...), and malformed raw bodies. Every
 * answer must be below 500, and a 4xx must leave the tenant's state as it was (no partial write). Every JSON answer
 * is also checked against the response schema the OpenAPI document gives for its status (issue 9: the document and
 * the handlers can't drift apart), with ajv, a JSON Schema 2020-12 validator (OpenAPI 3.1's dialect).
 */

type Json = unknown;
interface Operation {
  method: string;
  /** The server URL the path is relative to ("/api/v1", or "" for the site root). */
  base: string;
  path: string;
  fields: string[];
  query: string[];
  csv: boolean;
  /** The documented JSON schema of each response status. */
  responses: Record<string, object>;
}
interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string }[];
        requestBody?: { content: Record<string, { schema?: SchemaLike }> };
        responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
      }
    >
  >;
  components?: { schemas?: Record<string, SchemaLike> };
  servers?: { url: string }[];
}
interface SchemaLike {
  $ref?: string;
  properties?: Record<string, unknown>;
  anyOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  allOf?: SchemaLike[];
}

const RUNS_PER_WRITE = Number(process.env.FUZZ_RUNS ?? 14);
const RUNS_PER_READ = Math.max(3, Math.round(RUNS_PER_WRITE / 3));
/** Operations whose success would end the run (the tenant, the user or the token it uses): fuzzed ids only. */
const DESTRUCTIVE = new Set([
  "DELETE /tenants/{id}",
  "POST /tenants/{id}/reset",
  "DELETE /tenants/{id}/users/{userId}",
  "DELETE /tokens/{tokenId}",
]);

function fieldNames(doc: OpenApi, schema: SchemaLike | undefined, depth = 0): string[] {
  if (!schema || depth > 4) return [];
  if (schema.$ref) return fieldNames(doc, doc.components?.schemas?.[schema.$ref.split("/").pop()!], depth + 1);
  const parts = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [...new Set([...Object.keys(schema.properties ?? {}), ...parts.flatMap((p) => fieldNames(doc, p, depth + 1))])];
}

function operations(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => {
    // A path may name its own server (the OAuth token endpoint lives at the site root, not under /api/v1).
    const { servers, ...ops } = item as typeof item & { servers?: { url: string }[] };
    const base = (servers?.[0]?.url ?? doc.servers?.[0]?.url ?? "/api/v1").replace(/\/$/, "");
    return Object.entries(ops).map(([method, op]) => {
      const content = op.requestBody?.content ?? {};
      return {
        base,
        method: method.toUpperCase(),
        path,
        fields: fieldNames(doc, content["application/json"]?.schema),
        query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        csv: "text/csv" in content,
        responses: Object.fromEntries(
          Object.entries(op.responses ?? {}).flatMap(([status, r]) => {
            const schema = r.content?.["application/json"]?.schema;
            return schema ? [[status, schema]] : [];
          }),
        ),
      };
    });
  });
}

const LONE = ["\ud800", "\udfff", "\udbff", "\udc00"];
const loneSurrogateText = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...LONE), fc.string({ maxLength: 8 }))
  .map(([a, b, c]) => a + b + c);
/** Values that are wrong for almost any field. */
const nasty: fc.Arbitrary<Json> = fc.oneof(
  loneSurrogateText,
  fc.constantFrom<Json>(
    true,
    false,
    null,
    "",
    " ",
    "0x10",
    "1e3",
    "-1",
    "1.5",
    -1,
    0,
    1.5,
    1e308,
    -1e308,
    2 ** 53,
    [],
    {},
    "US\u0000",
    "x".repeat(5000),
  ),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }),
);

function goodValues(ids: { userId: string }): Record<string, Json[]> {
  return {
    name: ["Fuzz tenant", "Fuzz token"],
    country: ["US", "CA", "GB"],
    displayName: ["Fuzz User"],
    userPrincipalName: ["fuzz.user@contoso.test"],
    usageLocation: ["US", null, ""],
    pstnConnectivity: ["online", "onPremises"],
    kind: ["person", "room"],
    seats: [5],
    quantity: [1, 30],
    sku: ["MCOEV", "MCOPSTNC", "MCOPSTN1", "ENTERPRISEPACK", "MCOMEETADV"],
    skuId: ["e43b5b99-8dfb-405f-9987-dc307f34bcbd"],
    amount: ["50.00", "5.00"],
    threshold: ["10.00"],
    enabled: [true, false],
    paymentMethod: ["succeed", "decline"],
    userId: [ids.userId],
    userIds: [[ids.userId]],
    assignedTo: [ids.userId, null],
    type: ["tollFreeDialIn", "domesticCall", "internationalCall"],
    minutes: [5, 600],
    destinationCountry: ["US", "FR"],
    days: [1, 31],
    to: ["ENTERPRISEPREMIUM", "ENTERPRISEPACK"],
    email: [ACCOUNTS.globalReader, "nobody@sandbox.test"],
    role: ["GLOBAL_READER", "BILLING_ADMIN"],
    password: [PASSWORD, "wrong"],
    expiresInDays: [1, 30],
    addLicenses: [[{ sku: "MCOEV" }], [{ sku: "ENTERPRISEPACK" }, { sku: "MCOPSTN1" }]],
    removeLicenses: [["MCOEV"], []],
    disabledPlans: [[]],
    csv: ["displayName,userPrincipalName,usageLocation\nFuzz Csv,fuzz.csv@contoso.test,US\n"],
    rows: [[{ displayName: "Fuzz Row", userPrincipalName: "fuzz.row@contoso.test", usageLocation: "US" }]],
    mode: ["allOrNothing", "validRowsOnly"],
    dryRun: [true, false],
    policy: [{ minimumFundingUsd: "20.00" }, { sfbPlan2PhoneSystem: "switch" }],
    autoRecharge: [{ enabled: true, threshold: "10.00", amount: "50.00" }],
    commitment: ["annual", "monthly"],
    channel: ["direct", "godaddy"],
    orgType: ["commercial", "education"],
    cloud: ["worldwide"],
    plan: ["ENTERPRISEPACK", null],
    // Sandbox faults (PUT /faults); the spec clears them after each call.
    declineNextCharges: [1, 0],
    latencyMs: [0, 20],
    graphThrottle: [{ everyNth: 3, retryAfterSeconds: 1 }, null],
    failNextRequests: [{ count: 2, status: 503 }, { count: 1, status: 500 }, null],
    scenarioId: ["builtin-bp-godaddy", "builtin-e3"],
    trainees: [["fuzz.trainee@sandbox.test"], [ACCOUNTS.globalReader]],
    trainerRole: ["GLOBAL_READER", "GLOBAL_ADMIN"],
    keepCopies: [true, false],
  };
}

/** A body for an operation: its own fields with good or bad values, arbitrary JSON, or a nested bad value. */
function bodyFor(op: Operation, good: Record<string, Json[]>): fc.Arbitrary<Json> {
  const value = (key: string) =>
    fc.oneof({ weight: 2, arbitrary: good[key] ? fc.constantFrom(...good[key]) : nasty }, { weight: 1, arbitrary: nasty });
  const nestedBad = (key: string) =>
    fc
      .constantFrom(...(good[key] ?? [{}]))
      .chain((g) =>
        g && typeof g === "object" && !Array.isArray(g) && Object.keys(g).length > 0
          ? fc.constantFrom(...Object.keys(g)).chain((k) => nasty.map((bad) => ({ ...g, [k]: bad })))
          : Array.isArray(g)
            ? nasty.map((bad) => [...g, bad])
            : nasty,
      );
  if (op.fields.length === 0) return fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }));
  const shaped = fc.record(Object.fromEntries(op.fields.map((f) => [f, value(f)])), { requiredKeys: [] });
  const oneNested = fc
    .constantFrom(...op.fields)
    .chain((k) => shaped.chain((s) => nestedBad(k).map((bad) => ({ ...(s as object), [k]: bad }))));
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 2, arbitrary: oneNested },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** Raw bodies that are not JSON, or JSON with escapes a serializer would never write. */
const malformed = fc.oneof(
  fc.constantFrom(
    "{",
    "[1,",
    '{"name":}',
    "null",
    "\u0000",
    '{"name":"\\ud800x","country":"US"}',
    '{"displayName":"\\udfff"}',
    '{"userIds":["\\ud800"],"removeLicenses":["MCOEV"]}',
    '{"seats":"0x10","name":"x y","country":"US"}',
    '{"quantity":true,"sku":"MCOEV"}',
    '{"__proto__":{"x":1}}',
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
);

function pathFor(op: Operation, ids: Record<string, string>, fuzzed: Record<string, string>): string {
  const destructive = DESTRUCTIVE.has(`${op.method} ${op.path}`);
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    destructive || fuzzed[name] !== undefined ? (fuzzed[name] ?? "does-not-exist") : (ids[name] ?? "x"),
  );
}

const pathFuzz = fc.oneof(
  fc.constantFrom("does-not-exist", "%ED%A0%80", "%E0%A4%A", "..%2F..", "%00", "a".repeat(300)),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s) || "empty"),
);

test.describe("API fuzz: every operation of the OpenAPI document (issue 14)", () => {
  test.setTimeout(170_000);

  test("no 5xx for any body, and a 4xx changes nothing", async ({ request }) => {
    const started = Date.now();
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(30);

    const { tenant, admin } = await tenantWithAllRoles(request);
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: 5 })).status()).toBe(201);
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOMEETADV", quantity: 5 })).status()).toBe(201);
    expect((await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOPSTNC", amount: "50.00" })).status()).toBe(201);
    const user = await (
      await admin.post(`/tenants/${tenant.id}/users`, {
        displayName: "Fuzz Base",
        userPrincipalName: "fuzz.base@contoso.test",
        usageLocation: "US",
      })
    ).json();
    const state = await (await admin.get(`/tenants/${tenant.id}`)).json();
    const headers = bearer(await tokenFor(request, ACCOUNTS.globalAdmin));
    const ids: Record<string, string> = {
      id: tenant.id,
      userId: user.id,
      subscriptionId: state.subscriptions[0].id,
      tokenId: "does-not-exist",
    };
    // A class of the fuzzing sign-in's own, so the class reads answer 200 once (their {id} is the class's id).
    const created = await request.post("/api/v1/classes", {
      headers,
      data: { name: "Fuzz class", scenarioId: "builtin-e3", trainees: ["fuzz.class.trainee@sandbox.test"] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const cls = (await created.json()) as { id: string; seats: { tenantId: string }[] };
    const classIds: Record<string, string> = { ...ids, id: cls.id, tenantId: cls.seats[0].tenantId };
    const idsFor = (op: Operation) => (op.path.startsWith("/classes/") ? classIds : ids);
    const good = goodValues({ userId: user.id });

    // Response schemas: each op's schema with the document's components beside it, so its $refs resolve.
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    const validatorFor = (op: Operation, status: number) => {
      const key = `${op.method} ${op.path} ${status}`;
      const schema = op.responses[String(status)];
      if (!schema) return undefined;
      if (!validators.has(key)) validators.set(key, ajv.compile({ ...schema, components: doc.components }));
      return validators.get(key);
    };
    const shapeChecked = new Set<string>();

    const snapshot = () => tenantSnapshot(request, headers, tenant.id);
    let before = await snapshot();
    const failures: string[] = [];

    const send = async (
      op: Operation,
      path: string,
      body: Json,
      raw: string | undefined,
      contentType: string,
      query: Record<string, string>,
    ) => {
      const qs = new URLSearchParams(query).toString();
      const url = `${op.base}${path}${qs ? `?${qs}` : ""}`;
      const res = await request.fetch(url, {
        method: op.method,
        headers: { ...headers, "content-type": contentType },
        ...(raw !== undefined
          ? { data: raw }
          : body !== undefined && op.method !== "GET" && op.method !== "DELETE"
            ? { data: JSON.stringify(body) }
            : {}),
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      const status = res.status();
      // Sandbox faults that took would make the next requests fail or wait on purpose: clear them at once (they are
      // not part of the tenant's state, so the snapshot below doesn't see them).
      if (/\/faults$/.test(path) && op.method !== "GET" && status < 300) {
        const cleared = await request.delete(`/api/v1/tenants/${tenant.id}/faults`, { headers });
        if (cleared.status() !== 204) failures.push(`could not clear the faults after ${op.method} ${url}: ${cleared.status()}`);
      }
      const what = `${op.method} ${url} ${raw !== undefined ? `raw ${JSON.stringify(raw).slice(0, 200)}` : JSON.stringify(body)?.slice(0, 300)}`;
      if (status >= 500) failures.push(`${status} ${what}: ${(await res.text()).slice(0, 200)}`);
      const validate = validatorFor(op, status);
      if (validate && (res.headers()["content-type"] ?? "").includes("application/json")) {
        if (!validate(await res.json())) {
          failures.push(`${status} answer not as documented: ${what}\n${JSON.stringify(validate.errors).slice(0, 400)}`);
        } else if (status < 300) shapeChecked.add(`${op.method} ${op.path}`);
      }
      if (op.method === "GET") return status;
      const after = await snapshot();
      if (status >= 400 && status < 500 && after !== before) failures.push(`${status} changed state: ${what}\n${diff(before, after)}`);
      before = after;
      return status;
    };

    for (const op of ops) {
      const isRead = op.method === "GET";
      const query = fc.record(
        Object.fromEntries(
          op.query.map((q) => [
            q,
            fc.oneof(
              fc.string({ maxLength: 10 }),
              fc.constantFrom("1", "0x10", "1e3", "-1", "200", "99999999999", "usage", "MCOEV", "-displayName"),
            ),
          ]),
        ),
        { requiredKeys: [] },
      );
      const pathIds = fc.record(Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], pathFuzz])), { requiredKeys: [] });
      const raw = fc.oneof(
        { weight: 5, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: op.csv ? fc.oneof(malformed, fc.string({ maxLength: 200 })) : malformed },
      );
      // Two fixed calls first. Every field of the body a string holding a lone surrogate: a 400, never a 500. And
      // for a read, the plain call with the good ids and no query, so every read's answer is checked against its schema.
      const path = pathFor(op, idsFor(op), {});
      if (op.fields.length > 0 && !DESTRUCTIVE.has(`${op.method} ${op.path}`)) {
        await send(op, path, Object.fromEntries(op.fields.map((f) => [f, "x\ud800"])), undefined, "application/json", {});
      }
      if (isRead) await send(op, path, undefined, undefined, "application/json", {});
      await fc
        .assert(
          fc.asyncProperty(bodyFor(op, good), raw, query, pathIds, fc.boolean(), async (body, rawBody, q, fuzzedIds, csv) => {
            const contentType = op.csv && csv && rawBody !== undefined ? "text/csv" : "application/json";
            const status = await send(
              op,
              pathFor(op, idsFor(op), fuzzedIds as Record<string, string>),
              body,
              rawBody,
              contentType,
              q as Record<string, string>,
            );
            return status < 500;
          }),
          // At most 2 s per operation, so a loaded machine shortens the run instead of stretching it (39 ops < 80 s).
          {
            numRuns: isRead ? RUNS_PER_READ : RUNS_PER_WRITE,
            endOnFailure: true,
            interruptAfterTimeLimit: 2_000,
            markInterruptAsFailure: false,
          },
        )
        .catch((e: Error) => failures.push(`${op.method} ${op.path}: ${e.message.slice(0, 600)}`));
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`api fuzz: ${ops.length} operations in ${seconds.toFixed(1)} s; ${shapeChecked.size} answered 2xx as documented`);
    expect(failures, failures.slice(0, 8).join("\n\n")).toEqual([]);
    // Not vacuous: every read answered 200 once and its answer matched its schema.
    const reads = ops.filter((o) => o.method === "GET" && o.responses["200"]).map((o) => `${o.method} ${o.path}`);
    expect(reads.filter((r) => !shapeChecked.has(r))).toEqual([]);
  });
});

test.describe("issue 14 defects 2 and 3, the cases the issue names", () => {
  test("a lone surrogate in a tenant name, display name, import row, CSV cell or bulk user id is 400 VALIDATION_FAILED at its field", async ({
    request,
  }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    const user = await (
      await admin.post(`/tenants/${tenant.id}/users`, {
        displayName: "Ok User",
        userPrincipalName: "ok.user@contoso.test",
        usageLocation: "US",
      })
    ).json();
    const headers = bearer(await tokenFor(request, ACCOUNTS.globalAdmin));
    const before = await tenantSnapshot(request, headers, tenant.id);
    const cases: [string, () => ReturnType<typeof admin.post>, string][] = [
      ["POST /tenants", () => admin.post("/tenants", { name: "Broken \ud800 name", country: "US" }), "name"],
      ["PATCH /tenants/{id}", () => admin.patch(`/tenants/${tenant.id}`, { name: "\udfffBroken" }), "name"],
      [
        "POST users",
        () => admin.post(`/tenants/${tenant.id}/users`, { displayName: "Alex \ud83d", userPrincipalName: "alex@contoso.test" }),
        "displayName",
      ],
      ["PATCH user", () => admin.patch(`/tenants/${tenant.id}/users/${user.id}`, { displayName: "\ud800" }), "displayName"],
      [
        "import rows",
        () =>
          admin.post(`/tenants/${tenant.id}/users/import`, {
            rows: [{ displayName: "Row \ud800", userPrincipalName: "row@contoso.test" }],
          }),
        "rows.0.displayName",
      ],
      [
        "import CSV",
        () => admin.post(`/tenants/${tenant.id}/users/import`, { csv: "displayName,userPrincipalName\nCell \udc00,cell@contoso.test\n" }),
        "csv",
      ],
      [
        "bulk ids",
        () => admin.post(`/tenants/${tenant.id}/licenses/bulk`, { userIds: ["\ud800"], removeLicenses: ["MCOEV"] }),
        "userIds.0",
      ],
    ];
    for (const [label, send, field] of cases) {
      const res = await send();
      expect(res.status(), label).toBe(400);
      const body = await res.json();
      expect(body.error.code, label).toBe("VALIDATION_FAILED");
      expect(Object.keys(body.error.details), label).toContain(field);
    }
    expect(await tenantSnapshot(request, headers, tenant.id)).toBe(before);
  });

  test('numbers in bodies are JSON numbers: true, "16", "0x10" and "1e3" are refused for every numeric field', async ({ request }) => {
    const { tenant, admin } = await tenantWithAllRoles(request);
    for (const bad of [true, "16", "0x10", "1e3"]) {
      const label = JSON.stringify(bad);
      for (const [what, res, field] of [
        ["seats", await admin.post("/tenants", { name: "Numbers", country: "US", seats: bad }), "seats"],
        ["quantity", await admin.post(`/tenants/${tenant.id}/purchases`, { sku: "MCOEV", quantity: bad }), "quantity"],
        [
          "minutes",
          await admin.post(`/tenants/${tenant.id}/credits/usage`, { userId: "x", type: "tollFreeDialIn", minutes: bad }),
          "minutes",
        ],
        ["days", await admin.post(`/tenants/${tenant.id}/clock/advance`, { days: bad }), "days"],
      ] as const) {
        expect(res.status(), `${what} ${label}`).toBe(400);
        expect(Object.keys((await res.json()).error.details), `${what} ${label}`).toContain(field);
      }
      if (bad !== "16")
        expect((await admin.get(`/tenants/${tenant.id}/events?limit=${encodeURIComponent(String(bad))}`)).status(), `limit ${label}`).toBe(
          400,
        );
    }
    expect((await admin.post("/tenants", { name: "Numbers", country: "US", seats: 16 })).status()).toBe(201);
  });
});

/** What a 4xx must not change: the tenant's state, users and licenses, credits and ledger, members, successful events, tokens. */
async function tenantSnapshot(request: APIRequestContext, headers: Record<string, string>, tenantId: string): Promise<string> {
  const base = `/api/v1/tenants/${tenantId}`;
  const get = async (url: string) => {
    const res = await request.get(url, { headers });
    return { status: res.status(), body: res.status() < 300 ? await res.json() : null };
  };
  const [tenant, users, credits, events, members, tenants, tokens] = await Promise.all([
    get(base),
    get(`${base}/users?pageSize=200&sort=createdAt`),
    get(`${base}/credits?limit=100000`),
    get(`${base}/events?limit=500`),
    get(`${base}/members`),
    get(`/api/v1/tenants`),
    get(`/api/v1/tokens`),
  ]);
  // Refusals are recorded in the audit trail by design (after the rollback); they are not state changes.
  const successEvents = (events.body?.events ?? []).filter((e: { outcome: string }) => e.outcome !== "denied");
  return JSON.stringify({ tenant, users, credits, events: successEvents, members, tenants, tokens: stripVolatile(tokens) }, null, 1);
}

function stripVolatile(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (k, v) => (k === "lastUsedAt" ? undefined : v));
}

function diff(a: string, b: string): string {
  const la = a.split("\n");
  const lb = b.split("\n");
  const out: string[] = [];
  for (let i = 0; i < Math.max(la.length, lb.length) && out.length < 12; i++) if (la[i] !== lb[i]) out.push(`- ${la[i]}\n+ ${lb[i]}`);
  return out.join("\n");
}
