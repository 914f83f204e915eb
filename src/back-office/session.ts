/**
 * The browser's side of the cookie session (see src/shared/auth/session-cookie.ts on the server):
 * the token itself is in an HttpOnly cookie this code never sees; what it reads is the CSRF
 * cookie, echoed in a header on every request so the server knows the request came from this app.
 */
export const CSRF_HEADER = 'x-osmb-csrf';
export const SESSION_MODE_HEADER = 'x-osmb-session';

export function csrfToken(): string | null {
  const found = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('osmb_csrf='));
  return found ? decodeURIComponent(found.slice('osmb_csrf='.length)) : null;
}

/** The headers every request of the app carries: the CSRF echo when signed in, the owner's language. */
export function sessionHeaders(lang: string): Record<string, string> {
  const csrf = csrfToken();
  return { 'accept-language': lang, ...(csrf ? { [CSRF_HEADER]: csrf } : {}) };
}

/** What a log-in or sign-up asks for: its session in cookies, kept past the browser's closing when `remember`. */
export function sessionModeHeader(remember: boolean): Record<string, string> {
  return { [SESSION_MODE_HEADER]: remember ? 'cookie; remember' : 'cookie' };
}
