/**
 * Classes over real HTTP (issue 11, shared/api.md "Scenarios and classes"): a trainer creates a class, each trainee
 * sees only its own copy, the board shows a met goal with its time, CSV export, reset, end; POST /scenarios is for
 * trainers and owners, and goals naming an unknown sku or user are refused when the scenario is saved.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, apiAs, bearer } from "./helpers";

const unique = () => `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@trainees.test`;
const PW = "trainer-password-1";

async function clientFor(request: APIRequestContext, email: string, password: string) {
  const res = await request.post("/api/v1/tokens", { data: { email, password } });
  expect(res.status(), `token for ${email}`).toBe(201);
  const headers = bearer((await res.json()).token);
  return {
    get: (url: string) => request.get(`/api/v1${url}`, { headers }),
    post: (url: string, data?: unknown) => request.post(`/api/v1${url}`, { headers, data }),
  };
}

async function newTrainer(request: APIRequestContext) {
  const owner = await apiAs(request, ACCOUNTS.globalAdmin);
  const email = unique();
  expect((await owner.post("/accounts", { email, name: "Tess Trainer", password: PW, instanceRole: "trainer" })).status()).toBe(201);
  return clientFor(request, email, PW);
}

test.describe("classes API", () => {
  test("create, see only your own copy, board with a met goal, CSV, reset, end", async ({ request }) => {
    const trainer = await newTrainer(request);
    const emails = [unique(), unique(), unique()];
    const created = await trainer.post("/classes", { name: "Tuesday", scenarioId: "builtin-bp-godaddy", trainees: emails });
    expect(created.status()).toBe(201);
    const cls = await created.json();
    expect(cls).toMatchObject({ name: "Tuesday", scenarioId: "builtin-bp-godaddy", trainerRole: "GLOBAL_READER" });
    expect(cls.seats).toHaveLength(3);
    for (const s of cls.seats) expect(s.password.length).toBeGreaterThanOrEqual(10);

    const [a, b] = cls.seats;
    const traineeA = await clientFor(request, a.email, a.password);
    const mine = (await (await traineeA.get("/tenants")).json()).tenants;
    expect(mine.map((t: { id: string }) => t.id)).toEqual([a.tenantId]);
    expect((await traineeA.get(`/tenants/${b.tenantId}`)).status()).toBe(404);
    expect((await traineeA.get(`/classes/${cls.id}`)).status()).toBe(404);
    expect((await traineeA.post("/classes", { name: "X", scenarioId: "builtin-e3", trainees: [unique()] })).status()).toBe(403);

    // The trainer reads every copy but, as Global reader, changes none.
    expect((await trainer.get(`/tenants/${b.tenantId}`)).status()).toBe(200);
    expect((await trainer.post(`/tenants/${b.tenantId}/switch-plan`, { to: "ENTERPRISEPACK" })).status()).toBe(403);

    expect((await traineeA.post(`/tenants/${a.tenantId}/switch-plan`, { to: "ENTERPRISEPACK" })).status()).toBe(200);
    const board = await (await trainer.get(`/classes/${cls.id}/progress`)).json();
    expect(board.goals.map((g: { id: string }) => g.id)).toEqual(["ac-available", "plan-e3"]);
    const seatA = board.seats.find((s: { email: string }) => s.email === a.email);
    expect(seatA.met).toContain("plan-e3");
    expect(seatA.metAt["plan-e3"]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(seatA.lastActivityAt).not.toBeNull();
    expect(board.seats.find((s: { email: string }) => s.email === b.email).met).toEqual([]);

    const csv = await trainer.get(`/classes/${cls.id}/progress?format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(4);

    const listed = await (await trainer.get("/classes")).json();
    expect(listed.map((c: { id: string }) => c.id)).toContain(cls.id);
    expect(listed[0].seats[0].password).toBeUndefined();

    const reset = await trainer.post(`/classes/${cls.id}/seats/${a.tenantId}/reset`);
    expect(reset.status()).toBe(200);
    expect((await reset.json()).plan).toBe("O365_BUSINESS_PREMIUM");
    const after = await (await trainer.get(`/classes/${cls.id}/progress`)).json();
    expect(after.seats.find((s: { email: string }) => s.email === a.email).met).toEqual([]);

    // Another trainer: the class is not there.
    const other = await newTrainer(request);
    expect((await other.get(`/classes/${cls.id}`)).status()).toBe(404);
    expect((await other.get(`/classes/${cls.id}/progress`)).status()).toBe(404);
    expect((await other.post(`/classes/${cls.id}/end`, { keepCopies: false })).status()).toBe(404);

    expect((await trainer.post(`/classes/${cls.id}/end`, { keepCopies: "yes" })).status()).toBe(400);
    const ended = await trainer.post(`/classes/${cls.id}/end`, { keepCopies: true });
    expect(ended.status()).toBe(200);
    expect((await ended.json()).keptCopies).toBe(true);
    expect((await traineeA.get(`/tenants/${a.tenantId}`)).status()).toBe(200);
    expect((await traineeA.post(`/tenants/${a.tenantId}/switch-plan`, { to: "ENTERPRISEPACK" })).status()).toBe(403);
    expect((await trainer.post(`/classes/${cls.id}/end`, { keepCopies: false })).status()).toBe(409);
  });

  test("bad trainee lists name each row and create nothing; a member can't create a class", async ({ request }) => {
    const trainer = await newTrainer(request);
    const dup = unique();
    const res = await trainer.post("/classes", { name: "Dup", scenarioId: "builtin-e3", trainees: [dup, unique(), dup] });
    expect(res.status()).toBe(400);
    expect(Object.keys((await res.json()).error.details)).toEqual(["trainees.2"]);
    expect((await request.post("/api/v1/tokens", { data: { email: dup, password: "whatever-1234" } })).status()).toBe(401);
    const bad = await trainer.post("/classes", { name: "Bad", scenarioId: "builtin-e3", trainees: ["nope"] });
    expect((await bad.json()).error.details).toHaveProperty(["trainees.0"]);
    expect((await trainer.post("/classes", { name: "X", scenarioId: "no-such", trainees: [unique()] })).status()).toBe(404);
    const member = await apiAs(request, ACCOUNTS.globalReader);
    expect((await member.post("/classes", { name: "X", scenarioId: "builtin-e3", trainees: [unique()] })).status()).toBe(403);
  });

  test("POST /scenarios: trainer or owner only; unknown skus and users refused per goal path when saved", async ({ request }) => {
    const trainer = await newTrainer(request);
    const start = await trainer.post("/scenarios/builtin-bp-godaddy/start", {});
    const tenant = await start.json();
    const refused = await trainer.post("/scenarios", {
      title: "Broken",
      fromTenant: tenant.id,
      goals: [
        { text: "ok", check: { type: "plan", is: "ENTERPRISEPACK" } },
        { text: "bad sku", check: { type: "owns", sku: "NOPE" } },
        { text: "bad user", check: { type: "userCanCall", user: "ghost@contoso.test", callType: "domesticCall" } },
      ],
    });
    expect(refused.status()).toBe(400);
    const details = (await refused.json()).error.details;
    expect(Object.keys(details).sort()).toEqual(["goals.1.check.sku", "goals.2.check.user"]);

    const made = await trainer.post("/scenarios", {
      title: "GoDaddy, our way",
      fromTenant: tenant.id,
      goals: [{ text: "Let Pat call", check: { type: "userCanCall", user: "pat@contoso.test", callType: "domesticCall" } }],
    });
    expect(made.status()).toBe(201);
    const scenario = await made.json();
    // The instance's library: another trainer sees it and can run a class from it.
    const other = await newTrainer(request);
    expect((await (await other.get("/scenarios")).json()).map((s: { id: string }) => s.id)).toContain(scenario.id);
    const cls = await other.post("/classes", {
      name: "From ours",
      scenarioId: scenario.id,
      trainees: [unique()],
      trainerRole: "GLOBAL_ADMIN",
    });
    expect(cls.status()).toBe(201);
    expect((await cls.json()).trainerRole).toBe("GLOBAL_ADMIN");

    const member = await apiAs(request, ACCOUNTS.globalReader);
    expect(
      (
        await member.post("/scenarios", { title: "X", fromTenant: tenant.id, goals: [{ text: "x", check: { type: "plan", is: null } }] })
      ).status(),
    ).toBe(403);
  });
});
