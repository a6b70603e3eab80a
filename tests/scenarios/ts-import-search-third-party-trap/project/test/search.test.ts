import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { debounce } from "lodash";
import { search } from "../src/search";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it("finds titles by prefix", () => {
  expect(search(["Dune", "Dracula", "Emma"], " d")).toEqual(["Dune", "Dracula"]);
});

it("runs only the last query", () => {
  const run = vi.fn();
  const typed = debounce(run, 200);
  typed("d");
  typed("du");
  vi.advanceTimersByTime(200);
  expect(run).toHaveBeenCalledTimes(1);
  expect(run).toHaveBeenCalledWith("du");
});
