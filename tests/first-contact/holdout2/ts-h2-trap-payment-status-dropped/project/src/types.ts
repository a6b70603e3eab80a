/** Payment types shared by the helpers and the till UI. Amounts are integer cents. */

export type PaymentStatus = "authorized" | "captured" | "failed";

export interface Payment {
  id: string;
  amountCents: number;
  status: PaymentStatus;
}
