"use strict";

/**
 * One rule per line: which field it checks, the test, and the message shown
 * under that field in the settings page. Messages start with the field's label
 * so they also read well in the summary banner.
 * @typedef {{ field: string, ok: (v: any) => boolean, message: string }} Rule
 */

/** @type {Rule[]} */
const RULES = [
  { field: "displayName", ok: (v) => typeof v === "string" && v.trim().length >= 2, message: "Display name is too short" },
  { field: "displayName", ok: (v) => typeof v === "string" && v.length <= 40, message: "Display name is too long" },
  { field: "username", ok: (v) => /^[a-z0-9_]{3,20}$/.test(v), message: "Username may only use a-z, 0-9 and _" },
  { field: "password", ok: (v) => typeof v === "string" && v.length >= 10, message: "Password needs at least 10 characters" },
  { field: "password", ok: (v) => /\d/.test(v), message: "Username needs a digit" },
  { field: "timezone", ok: (v) => /^[A-Z][A-Za-z_]+\/[A-Za-z_]+$/.test(v), message: "Time zone is not a known time zone" },
];

module.exports = { RULES };
