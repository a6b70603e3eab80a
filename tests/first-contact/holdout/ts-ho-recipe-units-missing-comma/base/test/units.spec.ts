// Conversion table: `npm run check` type-checks the unit names, the smoke job runs runUnitCases() on the build.
import { convert, type Unit } from "../src/units.js";

interface Case {
  qty: number;
  from: Unit;
  to: Unit;
  expected: number;
}

const cases: Case[] = [
  { qty: 1, from: "cup", to: "ml", expected: 236.6 },
  { qty: 3, from: "tsp", to: "ml", expected: 14.8 },
  { qty: 1.5, from: "l", to: "cup", expected: 6.3 },
  { qty: 250, from: "g", to: "oz", expected: 8.8 },
  { qty: 2, from: "lb", to: "kg", expected: 0.9 },
];

export function runUnitCases(): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const got = convert(c.qty, c.from, c.to);
    if (got !== c.expected) failures.push(`${c.qty} ${c.from} -> ${c.to}: expected ${c.expected}, got ${got}`);
  }
  try {
    convert(1, "cup", "g");
    failures.push("cup -> g should need a density");
  } catch (err) {
    if (!(err instanceof TypeError)) failures.push(`cup -> g threw ${String(err)}`);
  }
  return failures;
}
