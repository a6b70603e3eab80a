/** Order reference codes printed on parcels. */
export function orderRef(id, year) {
  if (!Number.isInteger(id) || id <= 0) throw new RangeError('id must be a positive integer');
  return `ORD-${year}-${String(id).padStart(6, '0')}`;
}
