import { RingBuffer } from "../src/ring-buffer";
import { check, sameArray } from "./check";

export function testStartsEmpty(): void {
  const rb = new RingBuffer<string>(3);
  check(rb.size() === 0, "new buffer is empty");
  check(!rb.isFull(), "new buffer is not full");
}

export function testOverwritesOldest(): void {
  const rb = new RingBuffer<number>(3);
  for (const n of [1, 2, 3, 4, 5]) rb.push(n);
  check(rb.isFull(), "buffer is full after 5 pushes");
  check(rb.size() === 3, "size never exceeds capacity");
  check(sameArray(rb.toArray(), [3, 4, 5]), "keeps the newest three");
}

export function testRejectsZeroCapacity(): void {
  let threw = false;
  try {
    new RingBuffer<number>(0);
  } catch (e) {
    threw = e instanceof RangeError;
  }
  check(threw, "capacity 0 is a RangeError");
}
