/** Placeholder for the ledger package; balances are computed from imported transactions. */
export const LEDGER_VERSION = "0.1.0";
