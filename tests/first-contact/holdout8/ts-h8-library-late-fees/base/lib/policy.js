"use strict";

/**
 * Lending policy of the branch libraries, as set by the library board.
 * Amounts are in cents.
 */
module.exports = Object.freeze({
  LOAN_DAYS: 21,
  /** Days after the due date before fees start. */
  GRACE_DAYS: 3,
  /** Fee for each charged day. */
  DAILY_FEE_CENTS: 20,
  /** No single loan is ever charged more than this. */
  MAX_FEE_CENTS: 500,
});
