/** Restaurant bill with a service charge, split evenly between guests. */
export const SERVICE_RATE = 0.125; // printed on the menu: "12.5% service added" (from April 2024)

export interface Bill {
  food: number;
  service: number;
  total: number;
  perPerson: number;
}

const cents = (x: number) => Math.round(x * 100) / 100;

export function bill(items: number[], guests: number): Bill {
  if (guests < 1) throw new RangeError('at least one guest');
  const food = cents(items.reduce((a, b) => a + b, 0));
  const service = cents(food * SERVICE_RATE);
  const total = cents(food + service);
  return { food, service, total, perPerson: Math.ceil((total / guests) * 100) / 100 };
}

export function printLine(b: Bill): string {
  return `Food ${b.food.toFixed(2)} + service ${b.service.toFixed(2)} = ${b.total.toFixed(2)}`;
}
