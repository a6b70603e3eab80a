"use strict";

const { RULES } = require("./rules");

/**
 * Validate a settings form. Returns the messages per field, in rule order;
 * an empty object means the form is fine.
 * @param {Record<string, unknown>} form
 * @returns {Record<string, string[]>}
 */
function validate(form) {
  /** @type {Record<string, string[]>} */
  const errors = {};
  for (const rule of RULES) {
    if (!rule.ok(form[rule.field])) (errors[rule.field] ??= []).push(rule.message);
  }
  return errors;
}

/** All messages as one list, for the banner at the top of the page. */
function summary(form) {
  return Object.values(validate(form)).flat();
}

module.exports = { validate, summary };
