import { pad } from "./util.js";
import { clamp } from "./utils";

/** Ticket numbers for the help desk: PREFIX-000123. */
export class TicketCounter {
  #next;

  constructor(prefix, start = 1) {
    this.prefix = prefix;
    this.#next = start;
  }

  /** Priority from a 1-5 user rating; out-of-range ratings are clamped. */
  static priority(rating) {
    return clamp(Math.round(rating), 1, 5);
  }

  /** Issues the next ticket number. */
  issue() {
    return `${this.prefix}-${pad(this.#next++, 6)}`;
  }
}
