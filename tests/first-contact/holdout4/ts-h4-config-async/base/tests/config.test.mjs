import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadConfig, mergeConfig } from "../src/config.mjs";

const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe("loadConfig", () => {
  it("merges the file over the defaults", () => {
    const cfg = loadConfig(fixture("site.json"));
    assert.deepEqual(cfg, { host: "127.0.0.1", port: 3000, root: "dist", gzip: true });
  });

  it("rejects unknown keys", () => {
    assert.throws(() => loadConfig(fixture("typo.json")), /unknown config key "prot"/);
  });

  it("fails on a missing file", () => {
    assert.throws(() => loadConfig(fixture("nope.json")), { code: "ENOENT" });
  });
});

describe("mergeConfig", () => {
  it("validates the port", () => {
    assert.throws(() => mergeConfig({ port: 70000 }), /port out of range/);
  });
});
