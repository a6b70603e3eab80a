import { Timesheet } from "./timesheet";

/** Gross pay per employee in cents for an hourly rate table. */
export function grossPay(sheet: Timesheet, rateCents: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of sheet.employees()) {
    const rate = rateCents[name];
    if (rate === undefined) throw new Error(`no hourly rate for ${name}`);
    out[name] = Math.round(sheet.hoursFor(name) * rate);
  }
  return out;
}
