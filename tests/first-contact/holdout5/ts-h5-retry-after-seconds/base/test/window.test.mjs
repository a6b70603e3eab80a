import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FixedWindow, WINDOW_MS } from '../src/window.mjs';

const T0 = 1_700_000_000_000;

function exhaust(limiter, key, now) {
  for (let i = 0; i < limiter.limit; i++) limiter.hit(key, now);
}

test('allows requests up to the limit', () => {
  const fw = new FixedWindow({ limit: 3 });
  assert.deepEqual(fw.hit('a', T0), { allowed: true, remaining: 2, retryAfter: 0 });
  assert.deepEqual(fw.hit('a', T0 + 10), { allowed: true, remaining: 1, retryAfter: 0 });
  assert.deepEqual(fw.hit('a', T0 + 20), { allowed: true, remaining: 0, retryAfter: 0 });
});

test('tells a blocked client how long to wait', () => {
  const fw = new FixedWindow({ limit: 3 });
  exhaust(fw, 'a', T0);
  const elapsed = 15_000;
  assert.deepEqual(fw.hit('a', T0 + elapsed), { allowed: false, remaining: 0, retryAfter: WINDOW_MS - elapsed });
});

test('retryAfter counts down within the window', () => {
  const fw = new FixedWindow({ limit: 1, windowMs: 10_000 });
  fw.hit('b', T0);
  for (const elapsed of [1, 2_500, 9_999]) {
    assert.equal(fw.hit('b', T0 + elapsed).retryAfter, 10_000 - elapsed);
  }
});

test('a new window starts after windowMs', () => {
  const fw = new FixedWindow({ limit: 2 });
  exhaust(fw, 'c', T0);
  assert.equal(fw.hit('c', T0 + WINDOW_MS).allowed, true);
});

test('clients are limited separately', () => {
  const fw = new FixedWindow({ limit: 1 });
  fw.hit('a', T0);
  assert.equal(fw.hit('a', T0).allowed, false);
  assert.equal(fw.hit('b', T0).allowed, true);
});
