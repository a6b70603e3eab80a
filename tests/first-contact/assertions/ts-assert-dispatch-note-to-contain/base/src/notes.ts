/** Customer-facing dispatch notes for the order confirmation e-mail. */
export const STANDARD_DAYS = 3; // warehouse SLA
export const EXPRESS_DAYS = 1;

export interface NoteInput {
  firstName: string;
  express: boolean;
  items: number;
}

export function dispatchNote({ firstName, express, items }: NoteInput): string {
  const days = express ? EXPRESS_DAYS : STANDARD_DAYS;
  const what = items === 1 ? 'your item' : `your ${items} items`;
  const when = days === 1 ? 'by the next business day' : `within ${days} business days`;
  return `Hi ${firstName}, we will dispatch ${what} ${when}.`;
}
