import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ManifestError, loadAll, loadManifest, validateManifest } from "../src/manifest";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe("loadManifest", () => {
  it("reads a plugin.json", () => {
    const m = loadManifest(fixture("plugins/translate/plugin.json"));
    expect(m).toEqual({
      name: "translate",
      version: "1.2.0",
      hooks: ["message:before-send"],
      permissions: ["network"],
    });
  });

  it("defaults permissions to none", () => {
    const m = loadManifest(fixture("plugins/emoji-react/plugin.json"));
    expect(m.permissions).toEqual([]);
    expect(m.hooks).toHaveLength(2);
  });

  it("reports invalid JSON with the file name", () => {
    expect(() => loadManifest(fixture("truncated.json"))).toThrow(/truncated\.json: is not valid JSON$/);
  });

  it("reports a missing file", () => {
    expect(() => loadManifest(fixture("nope.json"))).toThrow(ManifestError);
  });
});

describe("loadAll", () => {
  it("loads every plugin sorted by name", () => {
    const names = loadAll(fixture("plugins")).map((m) => m.name);
    expect(names).toEqual(["emoji-react", "translate"]);
  });
});

describe("validateManifest", () => {
  it("rejects a bad version", () => {
    expect(() => validateManifest({ name: "x", version: "1.0" }, "p.json")).toThrow("p.json: invalid version");
  });
});
