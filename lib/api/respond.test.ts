import { describe, expect, it } from "vitest";
import { COMPRESS_MIN_BYTES, jsonResponse, jsonTextResponse, serializedPer } from "./respond";

// Issue 15: Next gzips every streamed answer, even one of 150 bytes; a small body opts out with no-transform.
describe("jsonResponse", () => {
  it("marks a body under the threshold no-transform, so the server's gzip step leaves it alone", async () => {
    const res = jsonResponse({ charged: "0.30", balance: "999.70" }, { status: 201 });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("cache-control")).toBe("no-transform");
    expect(await res.json()).toEqual({ charged: "0.30", balance: "999.70" });
  });

  it("leaves a body at or over the threshold compressible", async () => {
    // {"s":"..."} is 8 bytes around the string.
    const atThreshold = jsonResponse({ s: "x".repeat(COMPRESS_MIN_BYTES - 8) });
    expect(atThreshold.headers.get("cache-control")).toBeNull();
    expect((await atThreshold.text()).length).toBe(COMPRESS_MIN_BYTES);
    const justUnder = jsonResponse({ s: "x".repeat(COMPRESS_MIN_BYTES - 9) });
    expect(justUnder.headers.get("cache-control")).toBe("no-transform");
  });

  it("counts bytes, not characters", () => {
    // 400 euro signs are 400 characters but 1,200 bytes of UTF-8.
    expect(jsonResponse({ s: "€".repeat(400) }).headers.get("cache-control")).toBeNull();
  });

  it("keeps the caller's headers and adds to an existing Cache-Control", () => {
    const res = jsonResponse(
      { ok: true },
      { headers: { "cache-control": "no-store", "Retry-After": "3" } },
      "application/json; charset=utf-8",
    );
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(res.headers.get("retry-after")).toBe("3");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });
});

describe("serializedPer", () => {
  it("serializes each value once and keeps the answer while the value lives", () => {
    let calls = 0;
    const toJson = serializedPer((v: { n: number }) => {
      calls++;
      return { wrapped: v };
    });
    const a = Object.freeze({ n: 1 });
    expect(toJson(a)).toBe('{"wrapped":{"n":1}}');
    expect(toJson(a)).toBe(toJson(a));
    expect(calls).toBe(1);
    // Another value, even an equal one, is serialized on its own (the cache is by identity, never by content).
    expect(toJson(Object.freeze({ n: 2 }))).toBe('{"wrapped":{"n":2}}');
    expect(calls).toBe(2);
  });
});

describe("jsonTextResponse", () => {
  it("sends a serialized answer as it is, with the same headers jsonResponse would set", async () => {
    const text = JSON.stringify({ offers: [] });
    const res = jsonTextResponse(text, { status: 200 });
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("cache-control")).toBe("no-transform");
    expect(await res.text()).toBe(text);
    expect(jsonTextResponse("x".repeat(COMPRESS_MIN_BYTES)).headers.get("cache-control")).toBeNull();
  });
});
