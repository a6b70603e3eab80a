/** Plain-text header block printed at the top of every invoice (ISO dates, YYYY-MM-DD, so customers abroad read them right). */
export interface HeaderInput {
  number: string;
  issued: Date;
  dueDays: number;
  customer: { name: string; vatId?: string };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function header(input: HeaderInput): string {
  const due = new Date(input.issued.getTime() + input.dueDays * 86_400_000);
  const lines = [
    `Invoice ${input.number}`,
    `Issued: ${formatDate(input.issued)}`,
    `Due: ${formatDate(due)} (${input.dueDays} days)`,
    `Customer: ${input.customer.name}`,
  ];
  if (input.customer.vatId) lines.push(`VAT ID: ${input.customer.vatId}`);
  return lines.join('\n');
}
