import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig, parseConfig } from "../src/config";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe("loadConfig", () => {
  it("reads port, upstreams and timeout", () => {
    const cfg = loadConfig(fixture("gateway.json"));
    expect(cfg.port).toBe(8080);
    expect(cfg.upstreams).toHaveLength(2);
    expect(cfg.timeoutMs).toBe(2500);
  });

  it("lets HARBOR_PORT win", () => {
    const cfg = loadConfig(fixture("gateway.json"), { HARBOR_PORT: "9090" });
    expect(cfg.port).toBe(9090);
  });

  it("rejects a config without upstreams", () => {
    expect(() => loadConfig(fixture("no-upstreams.json"))).toThrow("config needs at least one upstream");
  });
});

describe("parseConfig", () => {
  it("defaults the timeout", () => {
    expect(parseConfig({ port: 80, upstreams: ["http://a"] }).timeoutMs).toBe(5000);
  });

  it("rejects a port out of range", () => {
    expect(() => parseConfig({ port: 70000, upstreams: ["http://a"] })).toThrow("invalid port: 70000");
  });
});
