import { describe, expect, it } from "vitest";
import { loadLimits } from "../src/config";
import { checkUpload, checkUploadAgainst } from "../src/limits";

const limits = loadLimits({});

describe("loadLimits", () => {
  it("defaults to 25 MB free and 2 GB pro", () => {
    expect(limits).toEqual({ free: 25_000_000, pro: 2_000_000_000 });
  });

  it("reads overrides from the environment", () => {
    expect(loadLimits({ MAX_UPLOAD_FREE: "10MB" }).free).toBe(10_000_000);
  });
});

describe("checkUpload", () => {
  it("accepts a file under the limit", () => {
    expect(checkUpload({ name: "a.pdf", bytes: 24_000_000 }, "free", limits)).toEqual({ ok: true });
  });

  it("explains a rejection in human units", () => {
    expect(checkUpload({ name: "movie.mp4", bytes: 30_000_000 }, "free", limits)).toEqual({
      ok: false,
      reason: "movie.mp4 is 30 MB; the free plan allows 25 MB",
    });
  });

  it("rejects empty files", () => {
    expect(checkUpload({ name: "x", bytes: 0 }, "pro", limits)).toEqual({ ok: false, reason: "x is empty" });
  });

  it("takes a textual override", () => {
    expect(checkUploadAgainst({ name: "b.zip", bytes: 6_000_000 }, "5MB").ok).toBe(false);
  });
});
