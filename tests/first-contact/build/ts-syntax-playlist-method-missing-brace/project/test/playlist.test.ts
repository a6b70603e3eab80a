import { describe, expect, it } from "vitest";
import { Playlist } from "../src/playlist";

const song = (id: string, seconds = 180) => ({ id, title: `Song ${id}`, seconds });

describe("Playlist", () => {
  it("keeps tracks in order", () => {
    const p = new Playlist();
    p.add(song("a"));
    p.add(song("b", 200));
    expect(p.titles()).toEqual(["Song a", "Song b"]);
    expect(p.totalSeconds()).toBe(380);
  });

  it("rejects duplicates", () => {
    const p = new Playlist();
    p.add(song("a"));
    expect(() => p.add(song("a"))).toThrow(/already/);
  });

  it("removes a track by id", () => {
    const p = new Playlist();
    p.add(song("a"));
    p.add(song("b"));
    expect(p.remove("a")).toBe(true);
    expect(p.remove("zz")).toBe(false);
    expect(p.titles()).toEqual(["Song b"]);
  });
});
