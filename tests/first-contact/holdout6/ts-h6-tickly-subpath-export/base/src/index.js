import { parseDuration } from './utils.js';

/**
 * Run `fn` every `interval` ("5m", "1h30m" or milliseconds). Returns a handle with stop().
 * @param {string | number} interval
 * @param {() => void} fn
 * @param {{ setInterval?: typeof setInterval, clearInterval?: typeof clearInterval }} [timers]
 */
export function every(interval, fn, timers = globalThis) {
  const ms = typeof interval === 'number' ? interval : parseDuration(interval);
  if (ms < 1000) throw new RangeError('interval must be at least one second');
  const id = timers.setInterval(fn, ms);
  return { ms, stop: () => timers.clearInterval(id) };
}
