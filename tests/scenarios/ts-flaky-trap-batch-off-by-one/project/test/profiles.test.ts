import { expect, test } from 'vitest';
import { loadAll } from '../src/profiles';

const load = (id: string) =>
  new Promise<{ id: string; name: string }>((resolve) =>
    setTimeout(() => resolve({ id, name: id.toUpperCase() }), Math.random() * 10),
  );

test('loads every profile', async () => {
  const profiles = await loadAll(['a', 'b', 'c', 'd', 'e'], load);
  expect(profiles.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
});
