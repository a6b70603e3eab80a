import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { TicketCounter } from "../src/tickets.js";

describe("TicketCounter", () => {
  it("issues padded, increasing numbers", () => {
    const c = new TicketCounter("HD", 41);
    assert.equal(c.issue(), "HD-000041");
    assert.equal(c.issue(), "HD-000042");
  });
});
