import type { MiddlewareHandler } from 'hono';

// No inline script or style anywhere: scripts and styles come from /static, so the policy needs no nonce.
// SVG presentation attributes (fill, width) are not styles and are allowed.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every answer: a strict Content-Security-Policy, no sniffing, no framing. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('x-frame-options', 'DENY');
    c.header('referrer-policy', 'strict-origin-when-cross-origin');
  };
}
