import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse, serialize, type SerializeOptions } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Owner sessions in cookies, for the back office in a browser: the token sits in an `HttpOnly`
 * cookie no script of the page can read, and a request it authenticates must also carry the
 * double-submit header `X-OSMB-CSRF` equal to the readable `osmb_csrf` cookie (a page of another
 * site can neither read that cookie nor send that header: CORS never allows it, and `SameSite=Strict`
 * keeps both cookies home anyway). Reads (GET, HEAD) need only the cookie, so a PDF link downloads.
 *
 * Opt-in per log-in: `X-OSMB-Session: cookie` (ends with the browser) or `cookie; remember` (kept
 * until the token expires). API clients send neither and keep their bearer tokens, unchanged.
 */
export const SESSION_COOKIE = 'osmb_session';
export const CSRF_COOKIE = 'osmb_csrf';
export const CSRF_HEADER = 'x-osmb-csrf';
export const SESSION_MODE_HEADER = 'x-osmb-session';

const READS = new Set(['GET', 'HEAD']);

/** How the request asked for its session: `null` for a bearer token in the answer, as always. */
export function cookieSessionAsked(request: Request): { readonly remember: boolean } | null {
  const mode = request.headers[SESSION_MODE_HEADER];
  if (typeof mode !== 'string') return null;
  const parts = mode.split(';').map((part) => part.trim().toLowerCase());
  if (parts[0] !== 'cookie') return null;
  return { remember: parts.includes('remember') };
}

/** Sets the session's cookies on the answer; the token then stays out of the answer's body. */
export function openCookieSession(request: Request, response: Response, token: string, lifetimeSeconds: number): void {
  const asked = cookieSessionAsked(request);
  if (!asked) return;
  const lifetime = asked.remember ? { maxAge: lifetimeSeconds } : {};
  const csrf = randomBytes(24).toString('base64url');
  response.append('Set-Cookie', serialize(SESSION_COOKIE, token, { ...cookieOptions(request), ...lifetime, httpOnly: true }));
  response.append('Set-Cookie', serialize(CSRF_COOKIE, csrf, { ...cookieOptions(request), ...lifetime, httpOnly: false }));
}

/** Ends the session of this browser: both cookies expire now. */
export function closeCookieSession(request: Request, response: Response): void {
  for (const name of [SESSION_COOKIE, CSRF_COOKIE]) {
    response.append('Set-Cookie', serialize(name, '', { ...cookieOptions(request), maxAge: 0, expires: new Date(0) }));
  }
}

/**
 * Turns a session cookie into the `Authorization` header the guard and the idempotency keys read,
 * when the request has none and passes the CSRF check; otherwise the cookie is ignored and the
 * request goes on as a visitor's (an owner operation then answers UNAUTHENTICATED).
 */
export function cookieSession(): RequestHandler {
  return (request, _response, next) => {
    if (request.headers.authorization || !request.headers.cookie) return next();
    const cookies = parse(request.headers.cookie);
    const token = cookies[SESSION_COOKIE];
    if (token && (READS.has(request.method) || csrfHolds(cookies[CSRF_COOKIE], request.headers[CSRF_HEADER]))) {
      request.headers.authorization = `Bearer ${token}`;
    }
    next();
  };
}

function csrfHolds(cookie: string | undefined, header: string | string[] | undefined): boolean {
  if (!cookie || typeof header !== 'string') return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieOptions(request: Request): SerializeOptions {
  return { path: '/', sameSite: 'strict', secure: request.secure };
}
