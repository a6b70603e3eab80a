import { ranking } from "../src/quiz";

describe("ranking", () => {
  it("orders by score, best first", () => {
    expect(ranking({ owls: 12, foxes: 15, bats: 9 })).toEqual(["foxes", "owls", "bats"]);
  });

  it("breaks ties by name", () => {
    expect(ranking({ zebras: 10, ants: 10 })).toEqual(["ants", "zebras"]);
  });
});
