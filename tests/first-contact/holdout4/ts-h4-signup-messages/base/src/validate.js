"use strict";

/**
 * Validation for the sign-up form. Each check throws a ValidationError whose
 * message is shown under the offending field.
 */
class ValidationError extends Error {
  /** @param {string} field @param {string} message */
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function checkEmail(value) {
  if (!EMAIL.test(value)) throw new ValidationError("email", `Invalid email address: ${value}`);
  return value.toLowerCase();
}

function checkPassword(value) {
  if (value.length < 10) throw new ValidationError("password", "Password is too short (minimum is 10 characters)");
  if (!/\d/.test(value) || !/[a-z]/i.test(value)) {
    throw new ValidationError("password", "Password must contain letters and digits");
  }
  return value;
}

function checkAge(value) {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ValidationError("age", `Age must be a whole number, got ${value}`);
  if (n < 16) throw new ValidationError("age", "You must be at least 16 to sign up");
  return n;
}

/** Validate the whole form; returns the cleaned values or throws on the first bad field. */
function validateSignup(form) {
  return {
    email: checkEmail(form.email),
    password: checkPassword(form.password),
    age: checkAge(form.age),
  };
}

module.exports = { ValidationError, checkEmail, checkPassword, checkAge, validateSignup };
