import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { SessionStore } from "../src/store.mjs";

const MIN = 60 * 1000;

function clock() {
  let t = 1_700_000_000_000;
  const now = () => t;
  now.advance = (ms) => {
    t += ms;
  };
  return now;
}

describe("SessionStore", () => {
  it("keeps a session alive for 29 idle minutes", () => {
    const now = clock();
    const store = new SessionStore(now);
    const id = store.create("ada");
    now.advance(29 * MIN);
    assert.equal(store.get(id), "ada");
  });

  it("expires a session after 30 idle minutes", () => {
    const now = clock();
    const store = new SessionStore(now);
    const id = store.create("ada");
    now.advance(30 * MIN);
    assert.equal(store.get(id), undefined);
    assert.equal(store.size, 0);
  });

  it("restarts the idle clock on touch", () => {
    const now = clock();
    const store = new SessionStore(now);
    const id = store.create("ada");
    now.advance(20 * MIN);
    assert.equal(store.touch(id), true);
    now.advance(20 * MIN);
    assert.equal(store.get(id), "ada");
  });

  it("caps the lifetime at 12 hours even when active", () => {
    const now = clock();
    const store = new SessionStore(now);
    const id = store.create("ada");
    for (let i = 0; i < 48; i++) {
      now.advance(15 * MIN);
      store.touch(id);
    }
    assert.equal(store.get(id), undefined);
  });
});
