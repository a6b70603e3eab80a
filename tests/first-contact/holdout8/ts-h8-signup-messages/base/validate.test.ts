import { describe, expect, it } from "vitest";
import { assertValidSignup, validateSignup, ValidationError, type SignupInput } from "./validate";

const good: SignupInput = { email: " Ada@Example.org ", username: "ada_l", password: "analytical1", age: 36 };

/** Validate `good` with some fields replaced and check the messages shown. */
function expectMessages(patch: Partial<SignupInput>, messages: string[]) {
  const r = validateSignup({ ...good, ...patch });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(messages);
}

describe("validateSignup", () => {
  it("accepts a good form and normalises the email", () => {
    expect(validateSignup(good)).toEqual({ ok: true, value: { ...good, email: "ada@example.org" } });
  });

  it("email", () => {
    expectMessages({ email: "ada@example" }, ["email is invalid"]);
  });

  it("username", () => {
    expectMessages({ username: "Ada!" }, ["username may only contain a-z, 0-9 and _"]);
  });

  it("password rules are reported together", () => {
    expectMessages({ password: "short" }, ["password must be at least 10 characters", "password must contain a digit"]);
    expectMessages({ password: "longenoughbutnodigit" }, ["password must contain a digit"]);
  });

  it("age", () => {
    expectMessages({ age: 15 }, ["age must be 16 or over"]);
  });

  it("reports codes in field order", () => {
    const r = validateSignup({ email: "x", username: "x", password: "x", age: 1 });
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual([
      "email_invalid",
      "username_chars",
      "password_short",
      "password_digit",
      "age_min",
    ]);
  });
});

describe("assertValidSignup", () => {
  it("returns the normalised input", () => {
    expect(assertValidSignup(good).email).toBe("ada@example.org");
  });

  it("throws with every message", () => {
    const bad = { ...good, email: "nope", age: 12 };
    expect(() => assertValidSignup(bad)).toThrow(ValidationError);
    expect(() => assertValidSignup(bad)).toThrow("invalid signup: email is invalid; age must be 16 or over");
  });
});
