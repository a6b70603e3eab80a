import { describe, expect, it } from "vitest";
import { liveBoard, standings, type Team } from "./standings";

const t = (name: string, points: number, minute: number): Team => ({
  name,
  points,
  finishedAt: Date.UTC(2024, 9, 10, 21, minute),
});

const night = [
  t("Quizzly Bears", 42, 31),
  t("Les Quizerables", 45, 40),
  t("Trivia Newton John", 42, 28),
  t("Agatha Quiztie", 38, 33),
  t("Universally Challenged", 42, 35),
];

describe("standings", () => {
  it("puts the most points first", () => {
    expect(standings(night)[0]).toBe("Les Quizerables");
  });

  it("breaks ties by who finished first", () => {
    expect(standings(night)).toEqual([
      "Les Quizerables",
      "Trivia Newton John",
      "Quizzly Bears",
      "Universally Challenged",
      "Agatha Quiztie",
    ]);
  });

  it("falls back to the name when points and time are equal", () => {
    expect(standings([t("b", 10, 5), t("a", 10, 5)])).toEqual(["a", "b"]);
  });
});

describe("liveBoard", () => {
  it("shows the leaders in standings order", () => {
    expect(liveBoard(night, 3)).toEqual(["1. Les Quizerables 45", "2. Trivia Newton John 42", "3. Quizzly Bears 42"]);
  });
});
