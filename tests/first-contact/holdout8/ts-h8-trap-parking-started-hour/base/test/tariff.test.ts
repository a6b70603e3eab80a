import { describe, expect, it } from "vitest";
import { parkingFee, receiptLine } from "../src/tariff";

describe("parkingFee", () => {
  it.each`
    minutes | cents   | what
    ${0}    | ${0}    | ${"drive-through"}
    ${15}   | ${0}    | ${"end of the free period"}
    ${16}   | ${300}  | ${"first started hour"}
    ${75}   | ${300}  | ${"exactly one hour after the free period"}
    ${76}   | ${600}  | ${"one minute into the second hour"}
    ${135}  | ${600}  | ${"exactly two hours after the free period"}
    ${420}  | ${2000} | ${"capped at 20 euros"}
    ${1440} | ${2000} | ${"a full day is still capped"}
  `("$what ($minutes min) costs $cents", ({ minutes, cents }) => {
    expect(parkingFee(minutes)).toBe(cents);
  });

  it("rejects stays it cannot price", () => {
    expect(() => parkingFee(-1)).toThrow(RangeError);
    expect(() => parkingFee(1441)).toThrow("billed at the office");
  });
});

describe("receiptLine", () => {
  it("shows the stay and the fee", () => {
    expect(receiptLine(75)).toBe("1 h 15 min: €3.00");
    expect(receiptLine(9)).toBe("9 min: €0.00");
  });
});
