import { expect, test } from "vitest";
import { parseCsv, parseLine } from "../src/csv";

test("quoted fields keep commas and quotes", () => {
  expect(parseLine('a,"b,c","say ""hi"""')).toEqual(["a", "b,c", 'say "hi"']);
});

test("rows become objects", () => {
  expect(parseCsv("name,qty\npen,3\npad,1\n")).toEqual([
    { name: "pen", qty: "3" },
    { name: "pad", qty: "1" },
  ]);
});
