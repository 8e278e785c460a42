import { describe, expect, it } from "vitest";
import { saveSnapshotInput } from "@/lib/validation/tenant-document";

describe("a save point's name (found by the API fuzz: a lone surrogate answered 500)", () => {
  it("is refused when it holds an unpaired UTF-16 surrogate, like every other text field", () => {
    expect(saveSnapshotInput.safeParse({ name: "Xb\udfffmK" }).success).toBe(false);
  });

  it("is accepted, trimmed, when it is well-formed", () => {
    expect(saveSnapshotInput.parse({ name: "  Before the demo 🎉 " })).toEqual({ name: "Before the demo 🎉" });
  });
});
