import { describe, expect, it } from "vitest";
import { toPost } from "../src/content/post";

describe("toPost", () => {
  it("builds the permalink from the date and title", () => {
    expect(toPost({ title: "Crème brûlée", date: "2024-02-11" }, "Body").url).toBe("/2024/02/creme-brulee/");
  });

  it("prefers the front-matter slug", () => {
    expect(toPost({ title: "Whatever", date: "2024-02-11", slug: "custom" }, "").url).toBe("/2024/02/custom/");
  });
});
