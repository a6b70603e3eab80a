import { expect, test } from 'vitest';
import { header } from '../src/header';

test('header block', () => {
  const text = header({
    number: 'INV-2024-0042',
    issued: new Date('2024-03-09T10:00:00Z'),
    dueDays: 14,
    customer: { name: 'Nordlicht GmbH', vatId: 'DE123456789' },
  });
  expect(text).toMatchInlineSnapshot(`
    "Invoice INV-2024-0042
    Issued: 09/03/2024
    Due: 23/03/2024 (14 days)
    Customer: Nordlicht GmbH
    VAT ID: DE123456789"
  `);
});
