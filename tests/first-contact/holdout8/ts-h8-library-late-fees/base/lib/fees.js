"use strict";

const { GRACE_DAYS, DAILY_FEE_CENTS, MAX_FEE_CENTS } = require("./policy");

/**
 * Late fee of one loan returned `daysLate` days after its due date.
 * The first GRACE_DAYS days are free; the fee is capped at MAX_FEE_CENTS.
 * @param {number} daysLate
 * @returns {number} cents
 */
function lateFee(daysLate) {
  if (!Number.isInteger(daysLate) || daysLate < 0) {
    throw new RangeError(`daysLate must be a non-negative integer, got ${daysLate}`);
  }
  const charged = Math.max(0, daysLate - GRACE_DAYS);
  return Math.min(charged * DAILY_FEE_CENTS, MAX_FEE_CENTS);
}

/**
 * Sum of the late fees of several loans.
 * @param {Array<{ title: string, daysLate: number }>} loans
 */
function statementTotal(loans) {
  return loans.reduce((sum, loan) => sum + lateFee(loan.daysLate), 0);
}

const dollars = (cents) => `$${(cents / 100).toFixed(2)}`;

/**
 * The line printed on the receipt, e.g. "7 days × $0.20 = $1.40".
 * @param {number} daysLate
 */
function describeFee(daysLate) {
  const charged = Math.max(0, daysLate - GRACE_DAYS);
  if (charged === 0) return "no fee";
  const fee = lateFee(daysLate);
  const line = `${charged} days × ${dollars(DAILY_FEE_CENTS)} = ${dollars(charged * DAILY_FEE_CENTS)}`;
  return fee < charged * DAILY_FEE_CENTS ? `${line}, capped at ${dollars(fee)}` : line;
}

module.exports = { lateFee, statementTotal, describeFee };
