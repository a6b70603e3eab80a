import { expect, it } from "vitest";
import { allowed, safeName } from "../src/uploads";

it("keeps the extension of a cleaned name", () => {
  const name = safeName("My Holiday Photo!!.PNG");
  expect(name).toBe("my-holiday-photo.png");
  expect(extname(name)).toBe(".png");
});

it("accepts only known types", () => {
  expect(allowed("scan.PDF")).toBe(true);
  expect(allowed("run.exe")).toBe(false);
});
