import { describe, it, expect, beforeEach } from "vitest";
import { Timesheet } from "../src/timesheet";
import { grossPay } from "../src/payroll";

describe("Timesheet", () => {
  let sheet: Timesheet;

  beforeEach(() => {
    sheet = new Timesheet();
    sheet.log({ employee: "ines", day: "2024-05-06", minutes: 470 });
    sheet.log({ employee: "ines", day: "2024-05-07", minutes: 0 });
    sheet.log({ employee: "bo", day: "2024-05-06", minutes: 245 });
  });

  it("sums an employee's minutes to quarter hours", () => {
    expect(sheet.hoursFor("ines")).toBe(7.75);
    expect(sheet.hoursFor("bo")).toBe(4);
  });

  it("is zero for someone who never clocked in", () => {
    expect(sheet.hoursFor("kai")).toBe(0);
  });

  it("rejects implausible shifts", () => {
    expect(() => sheet.log({ employee: "bo", day: "2024-05-08", minutes: 17 * 60 })).toThrow(RangeError);
  });

  it("feeds payroll", () => {
    expect(grossPay(sheet, { ines: 2000, bo: 1800 })).toEqual({ bo: 7200, ines: 15500 });
  });
});
