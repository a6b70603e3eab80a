'use strict';
/** Statistics over combined-format access log lines. */

const LINE = /^(\S+) \S+ \S+ \[[^\]]+\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-)/;

/** Parses one log line into { ip, method, path, status, bytes }, or null when it does not match. */
function parseLine(line) {
  const m = LINE.exec(line);
  if (!m) return null;
  return { ip: m[1], method: m[2], path: m[3], status: Number(m[4]), bytes: m[5] === '-' ? 0 : Number(m[5]) };
}

/** Requests per status class ('2xx', '4xx', ...) over the parsable lines of a log. */
function statusClasses(text) {
  const counts = {};
  for (const line of text.split('\n')) {
    const entry = parseLine(line);
    if (!entry) continue;
    const cls = `${Math.floor(entry.status / 100)}xx`;
    counts[cls] = (counts[cls] || 0) + 1;
  }
  return counts;
}

/** Total bytes served per path, largest first. */
function bytesByPath(text) {
  const totals = new Map();
  for (const line of text.split('\n')) {
    const entry = parseLine(line);
    if (entry) totals.set(entry.path, (totals.get(entry.path) || 0) + entry.bytes);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

module.exports = { parseLine, statusClasses, bytesByPath };
