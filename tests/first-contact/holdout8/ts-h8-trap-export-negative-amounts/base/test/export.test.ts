import { describe, expect, it } from "vitest";
import { toCsv, toRows, type Entry } from "../src/export";

const entries: Entry[] = [
  { id: "E2", date: "2026-04-03", description: "Printer paper", amountCents: -1999, account: "6100" },
  { id: "E1", date: "2026-04-01", description: "Invoice 2026-031", amountCents: 125000, account: "4000" },
  { id: "E3", date: "2026-04-03", description: "Bank fee, April", amountCents: -50, account: "6900" },
];

describe("toRows", () => {
  it("sorts by date then id", () => {
    expect(toRows(entries).map((r) => r.id)).toEqual(["E1", "E2", "E3"]);
  });

  it("maps every field", () => {
    expect(toRows(entries)[1]).toEqual({
      id: "E2",
      date: "2026-04-03",
      account: "6100",
      description: "Printer paper",
      amount: -1999,
    });
  });
});

describe("toCsv", () => {
  it("quotes only when needed", () => {
    expect(toCsv(entries)).toBe(
      [
        "id,date,account,description,amount",
        "E1,2026-04-01,4000,Invoice 2026-031,125000",
        "E2,2026-04-03,6100,Printer paper,-1999",
        'E3,2026-04-03,6900,"Bank fee, April",-50',
        "",
      ].join("\n"),
    );
  });
});
