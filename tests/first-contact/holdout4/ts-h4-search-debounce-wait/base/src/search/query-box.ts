import { debounce, SEARCH_DEBOUNCE_MS } from "./debounce";

/** Connects a text input to the search API, ignoring queries shorter than 2 characters. */
export class QueryBox {
  private readonly send: (q: string) => void;

  constructor(search: (q: string) => void, wait = SEARCH_DEBOUNCE_MS) {
    this.send = debounce((q: string) => {
      if (q.trim().length >= 2) search(q.trim());
    }, wait);
  }

  onInput(value: string): void {
    this.send(value);
  }
}
