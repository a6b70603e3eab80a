import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text of a file under test/fixtures. */
export function loadFixture(name: string): string {
  return readFileSync(join('packages/ledger/test/fixtures', name), 'utf8');
}
