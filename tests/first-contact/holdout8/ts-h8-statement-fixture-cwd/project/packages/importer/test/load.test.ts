import { describe, expect, it } from "vitest";
import { loadStatement, totals } from "../src/statement";

// A real (anonymised) February export from the bank.
const FIXTURE = "packages/importer/test/fixtures/statement-2026-02.csv";

describe("loadStatement", () => {
  it("parses the February export", async () => {
    const txns = await loadStatement(FIXTURE);
    expect(txns).toHaveLength(6);
    expect(txns[0]).toEqual({ date: "2026-02-01", payee: "ACME payroll", amountCents: 250000, category: "salary" });
    expect(txns.at(-1)?.category).toBeNull();
  });

  it("totals money in and out", async () => {
    expect(totals(await loadStatement(FIXTURE))).toEqual({
      inCents: 250000 + 3995,
      outCents: 95000 + 420 + 6375 + 4810,
    });
  });

  it("fails clearly for a missing file", async () => {
    await expect(loadStatement("does-not-exist.csv")).rejects.toThrow(/ENOENT/);
  });
});
