import { it, expect } from "vitest";
import { UploadQueue } from "../src/uploads";

it("idle() resolves after the uploads finish", async () => {
  const sent: string[] = [];
  const q = new UploadQueue(async (name) => {
    await new Promise((r) => setTimeout(r, 20));
    sent.push(name);
  });
  q.enqueue("a.jpg");
  q.enqueue("b.jpg");
  await q.idle();
  expect(sent.sort()).toEqual(["a.jpg", "b.jpg"]);
}, 500);
