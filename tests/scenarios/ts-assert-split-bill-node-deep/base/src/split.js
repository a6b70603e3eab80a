/** Splits a bill between friends, in cents; leftover cents go to the first payers. */
export function splitBill(totalCents, people) {
  if (people <= 0) throw new RangeError('need at least one person');
  const share = Math.floor(totalCents / people);
  const leftover = totalCents - share * people;
  return Array.from({ length: people }, (_, i) => share + (i < leftover ? 1 : 0));
}
