"use strict";
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { displayName, toPublicProfile, DEFAULT_AVATAR } = require("../src/profile.js");

const ada = {
  id: 7,
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.org",
  createdAt: "2019-03-11T09:00:00Z",
  avatarUrl: "/u/7.png",
  posts: 140,
};

test("public profile has exactly the public fields", () => {
  assert.deepEqual(toPublicProfile(ada), {
    id: 7,
    displayName: "Ada Lovelace",
    avatarUrl: "/u/7.png",
    memberSince: 2019,
    badges: ["first-post", "regular"],
  });
});

test("new member without avatar or posts", () => {
  const user = { id: 8, firstName: "Grace", lastName: "Hopper", email: "g@example.org", createdAt: "2026-01-02T00:00:00Z", posts: 0 };
  assert.deepEqual(toPublicProfile(user), {
    id: 8,
    displayName: "Grace Hopper",
    avatarUrl: DEFAULT_AVATAR,
    memberSince: 2026,
    badges: [],
  });
});

test("never leaks the e-mail address", () => {
  assert.ok(!JSON.stringify(toPublicProfile(ada)).includes("@"));
});

function assertName(firstName, lastName, expected) {
  assert.equal(displayName({ firstName, lastName }), expected, `${firstName} / ${lastName}`);
}

test("display names", () => {
  const cases = [
    ["Ada", "Lovelace", "Ada Lovelace"],
    ["  Alan ", " Turing", "Alan Turing"],
    ["Prince", undefined, "Prince"],
    ["Cher", "", "Cher"],
    ["Marie", "Curie-Skłodowska", "Marie Curie-Skłodowska"],
  ];
  for (const [first, last, expected] of cases) {
    assertName(first, last, expected);
  }
});
