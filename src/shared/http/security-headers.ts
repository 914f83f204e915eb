import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet's defaults (no `X-Powered-By`, `nosniff`, `X-Frame-Options`, HSTS, cross-origin
 * isolation headers), with what an API needs instead of a website's policy: it serves JSON and
 * spreadsheets, never a page, so nothing may frame it, a page it returned could load nothing, and
 * no address of ours leaks to another site in a `Referer`. The few pages it does serve (the
 * guest's booking page, the demo, the payment test page) each set their own policy, and the
 * widget's script opens itself to other sites (see `GuestPagesController`).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * The policy of a page of ours that runs the booking widget: our own script only (no inline
 * script), its requests to us only, the page's inline style by its hash (the widget's own
 * styles are a constructed style sheet in its shadow root, which a policy does not govern),
 * photos from us, from where the app's public address points, or from any https host.
 */
export function pageContentSecurityPolicy(options: { readonly styleHashes: readonly string[]; readonly imageOrigins?: readonly string[] }): string {
  const images = ["'self'", 'https:', 'data:', ...(options.imageOrigins ?? [])];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    `img-src ${[...new Set(images)].join(' ')}`,
    `style-src ${options.styleHashes.join(' ')}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * CORS for the GraphQL endpoint, so that the booking widget on an owner's own site calls the
 * public operations: any origin, never credentials. Owners authenticate with a bearer token,
 * which a page of another site does not have, or in the back office with a SameSite=Strict
 * cookie that counts for a write only with the `X-OSMB-CSRF` header, which no other origin is
 * allowed to send (see auth/session-cookie.ts). Preflights are answered here, before GraphQL sees them.
 */
export function graphqlCors(): RequestHandler {
  return (request, response, next) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method !== 'OPTIONS') return next();
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Idempotency-Key, Accept-Language');
    response.setHeader('Access-Control-Max-Age', '600');
    response.status(204).end();
  };
}
