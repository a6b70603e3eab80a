/** Age checks for the ticket shop. */
export function ageOn(birth: Date, day: Date): number {
  let age = day.getFullYear() - birth.getFullYear();
  if (day.getMonth() < birth.getMonth()) age -= 1;
  return age;
}
