"use strict";

/**
 * @typedef {Object} User
 * @property {number} id
 * @property {string} firstName
 * @property {string} [lastName]
 * @property {string} email
 * @property {string} createdAt  ISO timestamp
 * @property {string} [avatarUrl]
 * @property {number} posts
 */

const DEFAULT_AVATAR = "/static/avatar-default.png";

/** Name shown next to posts: first name and last name. */
function displayName(user) {
  const first = user.firstName.trim();
  const last = (user.lastName || "").trim();
  return last ? `${first} ${last}` : first;
}

/** Badges earned by activity. */
function badges(user) {
  const out = [];
  if (user.posts >= 1) out.push("first-post");
  if (user.posts >= 100) out.push("regular");
  if (user.posts >= 1000) out.push("veteran");
  return out;
}

/**
 * The subset of a user that anyone may see. Never includes the e-mail address.
 * @param {User} user
 */
function toPublicProfile(user) {
  return {
    id: user.id,
    displayName: displayName(user),
    avatarUrl: user.avatarUrl || DEFAULT_AVATAR,
    memberSince: Number(user.createdAt.slice(0, 4)),
    badges: badges(user),
  };
}

module.exports = { displayName, badges, toPublicProfile, DEFAULT_AVATAR };
