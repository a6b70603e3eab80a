import { describe, expect, it } from "vitest";
import { isDomestic, labelLines, validate, type Address } from "../src/address";

const berlin: Address = {
  name: "Jana Novak",
  street: "Hauptstr. 5",
  zip: "10115",
  city: "Berlin",
  country: "DE",
};

const vienna: Address = {
  name: "Lukas Huber",
  street: "Ringstrasse 12",
  zip: "1010",
  city: "Wien",
  country: "at",
};

describe("labels", () => {
  it("omits the country at home", () => {
    expect(labelLines(berlin)).toEqual(["Jana Novak", "Hauptstr. 5", "10115 Berlin"]);
  });

  it("adds the country name abroad", () => {
    expect(isDomestic(vienna)).toBe(false);
    expect(labelLines(vienna)).toEqual(["Lukas Huber", "Ringstrasse 12", "1010 Wien", "AUSTRIA"]);
  });
});

describe("validate", () => {
  it("accepts a complete address", () => {
    expect(validate(berlin)).toEqual([]);
  });

  it("allows four-digit codes abroad", () => {
    expect(validate(vienna)).toEqual([]);
  });

  it("rejects a short German code", () => {
    expect(validate({ ...berlin, zip: "1011" })).toEqual(["zip must have five digits in Germany"]);
  });
});
