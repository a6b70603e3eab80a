import { renderTable, type Row } from '@reports/tabulate';

/** Body of the weekly sales mail. */
export function weeklyMail(week: string, orders: Row[]): string {
  return [`Sales for week ${week}`, '', renderTable(orders, { columns: ['sku', 'qty', 'total'] })].join('\n');
}
