import { expect, test } from 'vitest';
import { listingCard } from '../src/card';

const row = {
  id: 1042,
  title: ' Bright two-room flat near the park ',
  street: 'Lindenstraße 12',
  city: 'Leipzig',
  postcode: '04109',
  rentCents: 89_000,
  depositMonths: 3,
  areaM2: 84.4,
  rooms: 2,
  floor: 3,
  elevator: true,
  balcony: true,
  petsAllowed: false,
  availableFrom: '2024-05-01',
  photos: ['1042-a.jpg', '1042-b.jpg'],
};

test('listing card', () => {
  expect(listingCard(row)).toEqual({
    id: 1042,
    title: 'Bright two-room flat near the park',
    address: 'Lindenstraße 12, 04109 Leipzig',
    city: 'Leipzig',
    rent: '€890',
    deposit: '€2,670',
    areaLabel: '84 sqm',
    rooms: 2,
    pricePerM2: 10.55,
    floorLabel: 'floor 3',
    accessible: true,
    features: ['balcony'],
    availableFrom: '2024-05-01',
    coverPhoto: '1042-a.jpg',
  });
});
