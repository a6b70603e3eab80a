/** Builds geocoding requests for the maps API. */

export interface GeocodeRequest {
  url: string;
  headers: Record<string, string>;
}

function apiKey(): string {
  const key = process.env.MAPS_API_KEY;
  if (!key) throw new Error('MAPS_API_KEY is not set');
  return key;
}

/** The request for an address; blank addresses are rejected before any network call. */
export function geocodeRequest(address: string): GeocodeRequest {
  const trimmed = address.trim();
  if (!trimmed) throw new Error('address is empty');
  const base = process.env.MAPS_BASE_URL ?? 'https://maps.example/api';
  return {
    url: `${base}/geocode?q=${encodeURIComponent(trimmed)}`,
    headers: { 'x-api-key': apiKey(), accept: 'application/json' },
  };
}
