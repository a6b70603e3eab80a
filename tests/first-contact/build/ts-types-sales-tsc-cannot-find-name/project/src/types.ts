/** A line of a sales report. */
export interface LineItem {
  sku: string;
  quantity: number;
  unitCents: number;
}
