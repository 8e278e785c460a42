import { describe, expect, it } from "vitest";
import {
  applyFaultsChange,
  decideChargeOutcome,
  decideRequestFault,
  describeFaults,
  isAnyFaultActive,
  NO_FAULTS,
  type TenantFaults,
} from "./faults";

const faults = (f: Partial<TenantFaults>): TenantFaults => ({ ...NO_FAULTS, ...f });

describe("sandbox faults (issue 13)", () => {
  it("SBX-FAULT-FAIL: a pending failure answers first, on the API and Graph alike, counting down", () => {
    const f = faults({ failNextRequests: { count: 2, status: 503 }, graphThrottle: { everyNth: 1, retryAfterSeconds: 1 } });
    expect(decideRequestFault(f, "api")).toEqual({ kind: "fail", latencyMs: 0, status: 503, remaining: 1 });
    expect(decideRequestFault(f, "graph", 1)).toMatchObject({ kind: "fail", status: 503 });
  });

  it("SBX-FAULT-THROTTLE: every Nth Graph request is throttled, the API never", () => {
    const f = faults({ graphThrottle: { everyNth: 3, retryAfterSeconds: 2 } });
    const kinds = [1, 2, 3, 4, 5, 6].map((n) => decideRequestFault(f, "graph", n).kind);
    expect(kinds).toEqual(["none", "none", "throttle", "none", "none", "throttle"]);
    expect(decideRequestFault(f, "graph", 3)).toEqual({ kind: "throttle", latencyMs: 0, retryAfterSeconds: 2, requestNumber: 3 });
    expect(decideRequestFault(f, "api", 3).kind).toBe("none");
  });

  it("SBX-FAULT-LATENCY: latency applies to every request, failed ones too", () => {
    expect(decideRequestFault(faults({ latencyMs: 250 }), "api")).toEqual({ kind: "none", latencyMs: 250 });
    expect(decideRequestFault(faults({ latencyMs: 250, failNextRequests: { count: 1, status: 500 } }), "api")).toMatchObject({
      kind: "fail",
      latencyMs: 250,
    });
  });

  it("SBX-FAULT-DECLINE: a card that pays is declined while charges are left; a failing card keeps its own outcome", () => {
    expect(decideChargeOutcome(faults({ declineNextCharges: 1 }), "succeed")).toEqual({ outcome: "decline", fired: true });
    expect(decideChargeOutcome(faults({ declineNextCharges: 0 }), "succeed")).toEqual({ outcome: "succeed", fired: false });
    expect(decideChargeOutcome(faults({ declineNextCharges: 2 }), "expired" as "expired" | "succeed")).toEqual({
      outcome: "expired",
      fired: false,
    });
  });

  it("SBX-FAULT-ROLE: a change keeps what it leaves out; 0 and null turn a fault off", () => {
    const set = applyFaultsChange(NO_FAULTS, { latencyMs: 100, graphThrottle: { everyNth: 2, retryAfterSeconds: 1 } });
    expect(set).toEqual(faults({ latencyMs: 100, graphThrottle: { everyNth: 2, retryAfterSeconds: 1 } }));
    expect(isAnyFaultActive(set)).toBe(true);
    const more = applyFaultsChange(set, { declineNextCharges: 2, failNextRequests: { count: 0, status: 500 } });
    expect(more).toEqual({ ...set, declineNextCharges: 2 });
    const off = applyFaultsChange(more, { latencyMs: 0, graphThrottle: null, declineNextCharges: 0 });
    expect(off).toEqual(NO_FAULTS);
    expect(isAnyFaultActive(off)).toBe(false);
  });

  it("describes the active faults in words", () => {
    expect(
      describeFaults(
        faults({
          failNextRequests: { count: 1, status: 500 },
          graphThrottle: { everyNth: 2, retryAfterSeconds: 5 },
          latencyMs: 40,
          declineNextCharges: 3,
        }),
      ),
    ).toEqual([
      "the next API or Graph request fails with 500",
      "every 2nd Graph request is throttled (429, retry after 5 s)",
      "every API and Graph request waits 40 ms",
      "the card declines the next 3 charges",
    ]);
    expect(describeFaults(NO_FAULTS)).toEqual([]);
  });
});
