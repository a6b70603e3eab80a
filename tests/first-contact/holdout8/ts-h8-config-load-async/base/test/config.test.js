import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, DEFAULTS, loadConfig, resolveConfig } from "../lib/config.js";

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "relay-config-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name, value) {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

test("missing keys take the defaults", () => {
  const cfg = loadConfig(writeJson("min.json", { upstreams: ["http://a:9000"] }), {});
  assert.deepEqual(cfg, { ...DEFAULTS, upstreams: ["http://a:9000"] });
});

test("environment overrides the file", () => {
  const file = writeJson("env.json", { port: 9000, logLevel: "warn" });
  const cfg = loadConfig(file, { RELAY_PORT: "7000", RELAY_LOG_LEVEL: "debug" });
  assert.equal(cfg.port, 7000);
  assert.equal(cfg.logLevel, "debug");
});

test("a missing file is a ConfigError naming the file", () => {
  const file = join(dir, "nope.json");
  assert.throws(() => loadConfig(file, {}), {
    name: "ConfigError",
    message: `${file}: cannot read config (ENOENT)`,
  });
});

test("invalid JSON is a ConfigError", () => {
  const file = writeJson("bad.json", "{ port: 1 ");
  assert.throws(() => loadConfig(file, {}), ConfigError);
});

test("out-of-range port is rejected", () => {
  const file = writeJson("port.json", { port: 70000 });
  assert.throws(() => loadConfig(file, {}), /port must be 1-65535, got 70000/);
});

test("resolveConfig validates the log level", () => {
  assert.throws(() => resolveConfig("x.json", { logLevel: "loud" }, {}), /unknown logLevel "loud"/);
});
