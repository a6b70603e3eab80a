import type { Row } from '../src/table';

export const orders: Row[] = [
  { sku: 'KB-101', item: 'Keyboard', qty: 3, total: 1497 },
  { sku: 'MS-7', item: 'Mouse', qty: 12, total: 288 },
  { sku: 'MN-2401', item: '24" Monitor', qty: 1, total: 21999 },
];

export const refunds: Row[] = [
  { sku: 'CB-USB-C-2M', item: 'USB-C cable, braided, 2 m', qty: 140, total: 1250 },
  { sku: 'MS-7', item: 'Mouse', qty: 1, total: null },
];
