import { describe, it, expect } from "vitest";
import { validateUsername } from "../src/accounts/username";
import { ValidationError } from "../src/accounts/errors";

describe("validateUsername", () => {
  it("lowercases and trims", () => {
    expect(validateUsername("  Mara_K ")).toBe("mara_k");
  });

  it("rejects names that are too short", () => {
    expect(() => validateUsername("ab")).toThrow(ValidationError);
    expect(() => validateUsername("ab")).toThrow("username too short");
  });

  it("rejects spaces and punctuation", () => {
    expect(() => validateUsername("mara k!")).toThrow(/invalid characters/);
  });

  it("rejects reserved names whatever the case", () => {
    expect(() => validateUsername("Admin")).toThrow(ValidationError);
  });

  it("points the form at the username field", () => {
    try {
      validateUsername("x");
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ field: "username", name: "ValidationError" });
    }
  });
});
