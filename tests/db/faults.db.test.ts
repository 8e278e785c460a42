import { describe, expect, it } from "vitest";
import { fireRequestFaults, getFaults, setFaults } from "@/lib/services/faults";
import { listEvents } from "@/lib/services/audit";
import { purchase } from "@/lib/services/purchases";
import { getCredits } from "@/lib/services/credits/reads";
import { purchaseInput } from "@/lib/validation/purchases";
import { codeOf } from "../support/refusal";
import { makeTenantWithSeats } from "../support/factories";

/** Sandbox faults (issue 13): countdowns are atomic, so concurrent requests never take more failures than were set. */
describe("sandbox faults (real SQLite file)", () => {
  it("20 concurrent requests against failNextRequests { count: 5 }: exactly 5 fail, each audited, then none", async () => {
    const { access } = await makeTenantWithSeats({});
    await setFaults(access, { failNextRequests: { count: 5, status: 503 } });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => fireRequestFaults(access, "api", `GET /r${i}`)));
    expect(results.filter((r) => r.kind === "fail")).toHaveLength(5);
    expect(results.filter((r) => r.kind === "none")).toHaveLength(15);
    expect((await getFaults(access)).failNextRequests).toBeNull();
    const events = await listEvents(access, 100);
    expect(events.filter((e) => e.action === "fault.fail")).toHaveLength(5);
  });

  it("graphThrottle counts only Graph requests, from when it was set", async () => {
    const { access } = await makeTenantWithSeats({});
    await setFaults(access, { graphThrottle: { everyNth: 2, retryAfterSeconds: 1 } });
    const kinds = [];
    for (const surface of ["graph", "api", "graph", "graph", "api", "graph"] as const) {
      kinds.push((await fireRequestFaults(access, surface, "GET /x")).kind);
    }
    expect(kinds).toEqual(["none", "none", "throttle", "none", "none", "throttle"]);
    // Setting the same throttle again keeps the count; a new one restarts it.
    await setFaults(access, { graphThrottle: { everyNth: 3, retryAfterSeconds: 1 } });
    const again = [];
    for (let i = 0; i < 3; i++) again.push((await fireRequestFaults(access, "graph", "GET /x")).kind);
    expect(again).toEqual(["none", "none", "throttle"]);
  });

  it("declineNextCharges declines the sign-up funding of Communications Credits: nothing bought, counted down after the rollback", async () => {
    const { access } = await makeTenantWithSeats({ MCOMEETADV: 5 });
    await setFaults(access, { declineNextCharges: 1 });
    const input = purchaseInput.parse({ sku: "MCOPSTNC", amount: "50.00" });
    expect(await codeOf(purchase(access, input))).toBe("PAYMENT_DECLINED");
    expect((await getCredits(access, {})).enabled).toBe(false);
    expect((await getFaults(access)).declineNextCharges).toBe(0);
    const events = await listEvents(access, 20);
    expect(events.find((e) => e.action === "fault.decline")).toMatchObject({ target: "purchase MCOPSTNC (sign-up funding)" });
    // The card pays again: the same purchase goes through.
    await purchase(access, input);
    expect((await getCredits(access, {})).balance).toBe("50.00");
  });
});
