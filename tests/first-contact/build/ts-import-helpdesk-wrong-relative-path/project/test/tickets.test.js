import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { TicketCounter } from "../src/tickets.js";

describe("TicketCounter", () => {
  it("issues padded, increasing numbers", () => {
    const c = new TicketCounter("HD", 41);
    assert.equal(c.issue(), "HD-000041");
    assert.equal(c.issue(), "HD-000042");
  });

  it("clamps priorities", () => {
    assert.equal(TicketCounter.priority(9), 5);
    assert.equal(TicketCounter.priority(2.4), 2);
  });
});
