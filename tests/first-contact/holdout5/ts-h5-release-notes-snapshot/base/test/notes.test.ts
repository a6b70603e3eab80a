import { expect, test } from "vitest";
import { bullet, renderRelease } from "../src/notes";

const release = {
  version: "1.4.0",
  date: "2024-03-01",
  changes: [
    { kind: "fix", summary: "Handle empty titles", pr: 41 },
    { kind: "feat", summary: "Group changes by kind", pr: 38 },
    { kind: "chore", summary: "Bump vitest", pr: 40 },
    { kind: "feat", summary: "Drop Node 16", pr: 39, breaking: true },
  ],
} as const;

test("renders a release entry", () => {
  expect(renderRelease({ ...release, changes: [...release.changes] })).toMatchInlineSnapshot(`
    "## v1.4.0 (2024-03-01)

    **Features**

    - Group changes by kind (#38)
    - **BREAKING** Drop Node 16 (#39)

    **Bug fixes**

    - Handle empty titles (#41)
    "
  `);
});

test("flags breaking changes", () => {
  expect(bullet({ kind: "feat", summary: "Drop Node 16", pr: 39, breaking: true })).toBe(
    "- **BREAKING** Drop Node 16 (#39)",
  );
});

test("an entry with only chores is just the heading", () => {
  expect(renderRelease({ version: "1.4.1", date: "2024-03-02", changes: [{ kind: "chore", summary: "ci", pr: 42 }] })).toBe(
    "## v1.4.1 (2024-03-02)\n",
  );
});
