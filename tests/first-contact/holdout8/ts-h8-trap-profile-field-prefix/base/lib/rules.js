"use strict";

/**
 * One rule per line: which field it checks, the test, and the message shown
 * under that field in the settings page.
 * @typedef {{ field: string, ok: (v: any) => boolean, message: string }} Rule
 */

/** @type {Rule[]} */
const RULES = [
  { field: "displayName", ok: (v) => typeof v === "string" && v.trim().length >= 2, message: "is too short" },
  { field: "displayName", ok: (v) => typeof v === "string" && v.length <= 40, message: "is too long" },
  { field: "username", ok: (v) => /^[a-z0-9_]{3,20}$/.test(v), message: "may only use a-z, 0-9 and _" },
  { field: "password", ok: (v) => typeof v === "string" && v.length >= 10, message: "needs at least 10 characters" },
  { field: "password", ok: (v) => /\d/.test(v), message: "needs a digit" },
  { field: "timezone", ok: (v) => /^[A-Z][A-Za-z_]+\/[A-Za-z_]+$/.test(v), message: "is not a known time zone" },
];

module.exports = { RULES };
