import { expect, test } from "vitest";
import { score } from "../src/quiz";

test("one point per correct answer", () => {
  expect(score([{ question: 1, correct: true }, { question: 2, correct: false }])).toBe(1);
});

test("a joker doubles the round", () => {
  expect(score([{ question: 1, correct: true, joker: true }, { question: 2, correct: true }])).toBe(4);
});
