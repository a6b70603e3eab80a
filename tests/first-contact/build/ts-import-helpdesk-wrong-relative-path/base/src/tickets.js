import { pad } from "./util.js";

/** Ticket numbers for the help desk: PREFIX-000123. */
export class TicketCounter {
  #next;

  constructor(prefix, start = 1) {
    this.prefix = prefix;
    this.#next = start;
  }

  /** Issues the next ticket number. */
  issue() {
    return `${this.prefix}-${pad(this.#next++, 6)}`;
  }
}
