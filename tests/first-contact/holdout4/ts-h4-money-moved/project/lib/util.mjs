// Shared helpers for the invoicer.

/** Invoice numbers look like INV-2024-0007. */
export function invoiceNumber(year, seq) {
  return `INV-${year}-${String(seq).padStart(4, "0")}`;
}
