import { it, expect } from "vitest";
import { loadConfig } from "../src/config";

it("layers overrides over the profile", () => {
  expect(loadConfig("prod", { workers: 2 })).toEqual({ debug: false, port: 80, workers: 2 });
});

it("uses defaults under the dev profile", async () => {
  expect(await loadConfig("dev")).toEqual({ debug: true, port: 3000, workers: 1 });
});
