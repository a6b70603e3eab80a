import { FixedWindow } from './window.mjs';

/** Wraps a request handler; answers 429 with a Retry-After header (seconds) when over the limit. */
export function throttle(handler, limiter = new FixedWindow(), clock = Date.now) {
  return (req, res) => {
    const r = limiter.hit(req.headers['x-client-id'] ?? req.socket.remoteAddress, clock());
    res.setHeader('X-RateLimit-Remaining', String(r.remaining));
    if (!r.allowed) {
      res.statusCode = 429;
      res.setHeader('Retry-After', String(r.retryAfter));
      return res.end('slow down');
    }
    return handler(req, res);
  };
}
