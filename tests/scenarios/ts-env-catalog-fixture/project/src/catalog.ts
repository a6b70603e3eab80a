/** A product catalog loaded from JSON, with search and price filters. */

export interface Product {
  sku: string;
  name: string;
  priceCents: number;
  tags: string[];
}

/** Parses and validates the catalog JSON; products without a SKU are rejected. */
export function parseCatalog(json: string): Product[] {
  const raw = JSON.parse(json) as Partial<Product>[];
  return raw.map((p, i) => {
    if (!p.sku) throw new Error(`product #${i} has no sku`);
    return { sku: p.sku, name: p.name ?? p.sku, priceCents: p.priceCents ?? 0, tags: p.tags ?? [] };
  });
}

/** Products whose name or tags contain the query, case-insensitively, cheapest first. */
export function search(products: Product[], query: string): Product[] {
  const q = query.toLowerCase();
  return products
    .filter((p) => p.name.toLowerCase().includes(q) || p.tags.some((t) => t.toLowerCase() === q))
    .sort((a, b) => a.priceCents - b.priceCents);
}

/** Products priced within [min, max] cents. */
export function inPriceRange(products: Product[], min: number, max: number): Product[] {
  return products.filter((p) => p.priceCents >= min && p.priceCents <= max);
}
