"use strict";
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { ValidationError, checkAge, checkEmail, checkPassword, validateSignup } = require("../src/validate");

test("email must look like an address", () => {
  assert.equal(checkEmail("Ada@Example.org"), "ada@example.org");
  assert.throws(() => checkEmail("ada@example"), { name: "ValidationError", message: "Invalid email address: ada@example" });
});

test("password length and content", () => {
  assert.throws(() => checkPassword("short1"), /too short \(minimum is 10 characters\)/);
  assert.throws(() => checkPassword("onlyletterslong"), { message: "Password must contain letters and digits" });
  assert.equal(checkPassword("correct horse 9"), "correct horse 9");
});

test("age must be a whole number of at least 16", () => {
  assert.equal(checkAge("42"), 42);
  assert.throws(() => checkAge("4.5"), /^ValidationError: Age must be a whole number, got 4\.5$/);
  assert.throws(() => checkAge("15"), { field: "age", message: "You must be at least 16 to sign up" });
});

test("validateSignup reports the first bad field", () => {
  let err;
  try {
    validateSignup({ email: "x@y.io", password: "abc", age: "30" });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof ValidationError);
  assert.equal(err.field, "password");
});
