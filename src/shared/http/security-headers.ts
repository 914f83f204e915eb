import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet's defaults (no `X-Powered-By`, `nosniff`, `X-Frame-Options`, HSTS, cross-origin
 * isolation headers), with what an API needs instead of a website's policy: it serves JSON and
 * spreadsheets, never a page, so nothing may frame it, a page it returned could load nothing, and
 * no address of ours leaks to another site in a `Referer`.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
