/** Build the data for one rental listing card from a database row. */
export const AREA_UNIT = 'm²'; // design system uses SI symbols

export interface ListingRow {
  id: number;
  title: string;
  street: string;
  city: string;
  postcode: string;
  rentCents: number;
  depositMonths: number;
  areaM2: number;
  rooms: number;
  floor: number;
  elevator: boolean;
  balcony: boolean;
  petsAllowed: boolean;
  availableFrom: string;
  photos: string[];
}

const euros = (cents: number) => `€${(cents / 100).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;

export function listingCard(row: ListingRow) {
  return {
    id: row.id,
    title: row.title.trim(),
    address: `${row.street}, ${row.postcode} ${row.city}`,
    city: row.city,
    rent: euros(row.rentCents),
    deposit: euros(row.rentCents * row.depositMonths),
    areaLabel: `${Math.round(row.areaM2)} ${AREA_UNIT}`,
    rooms: row.rooms,
    pricePerM2: Math.round(row.rentCents / row.areaM2) / 100,
    floorLabel: row.floor === 0 ? 'ground floor' : `floor ${row.floor}`,
    accessible: row.floor === 0 || row.elevator,
    features: [row.balcony && 'balcony', row.petsAllowed && 'pets allowed'].filter(Boolean),
    availableFrom: row.availableFrom,
    coverPhoto: row.photos[0] ?? null,
  };
}
