import { OutOfStock, Stock } from './stock';

export interface OrderLine {
  sku: string;
  units: number;
}

/** Reserve every line or none: on failure the lines already held are released. */
export function reserveOrder(stock: Stock, lines: OrderLine[]): { ok: boolean; missing?: string } {
  const done: OrderLine[] = [];
  for (const line of lines) {
    try {
      stock.reserve(line.sku, line.units);
      done.push(line);
    } catch (e) {
      if (!(e instanceof OutOfStock)) throw e;
      for (const d of done) stock.release(d.sku, d.units);
      return { ok: false, missing: line.sku };
    }
  }
  return { ok: true };
}
