import { haversineKm, type LatLng } from "./util";

export interface Store extends LatLng {
  id: string;
  name: string;
}

/** Stores within `radiusKm` of `here`, nearest first, with their distance rounded to 0.1 km. */
export function nearbyStores(here: LatLng, stores: readonly Store[], radiusKm: number) {
  return stores
    .map((s) => ({ ...s, km: Math.round(haversineKm(here, s) * 10) / 10 }))
    .filter((s) => s.km <= radiusKm)
    .sort((a, b) => a.km - b.km);
}
