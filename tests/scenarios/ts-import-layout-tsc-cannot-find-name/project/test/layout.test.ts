import { expect, it } from "vitest";
import { place, type Box } from "../src/layout";

const screen: Box = { x: 0, y: 0, width: 800, height: 600 };

it("centres the tooltip when it fits", () => {
  expect(place(400, 300, 100, 40, screen)).toEqual({ x: 350, y: 280, width: 100, height: 40 });
});

it("keeps the tooltip inside the screen", () => {
  const box = place(790, 5, 100, 40, screen);
  expect(box.x).toBe(clamp(box.x, 0, screen.width - box.width));
  expect(box).toEqual({ x: 700, y: 0, width: 100, height: 40 });
});
