/** Payment state for the till. Amounts are integer cents. */

export type PaymentStatus = "authorized" | "captured" | "refunded" | "failed";

export interface Payment {
  id: string;
  amountCents: number;
  status: PaymentStatus;
}

const LABELS: Record<PaymentStatus, string> = {
  authorized: "Authorised",
  captured: "Paid",
  refunded: "Refunded",
  failed: "Declined",
};

/** Label printed on the receipt. */
export function statusLabel(status: PaymentStatus): string {
  return LABELS[status];
}

/** A final payment can no longer change state at the till. */
export function isFinal(status: PaymentStatus): boolean {
  return status !== "authorized";
}

/** Sum of the money actually taken: captured payments only. */
export function takenCents(payments: Payment[]): number {
  return payments
    .filter((p) => p.status === "captured")
    .reduce((sum, p) => sum + p.amountCents, 0);
}
