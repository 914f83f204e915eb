/*
 * Feed URLs carry their secret in the query (Airbnb's `?s=`, Booking.com's `?t=`) or in the path
 * (Google's `private-…`, iCloud's `/published/2/…`): what is said about an outbound request names
 * the host, never the whole URL.
 */

/** The URL itself may not be fetched; nothing was sent. */
export type OutboundRefusal = 'SCHEME' | 'CREDENTIALS' | 'BAD_URL' | 'FORBIDDEN_ADDRESS';

export class OutboundRefused extends Error {
  constructor(
    readonly reason: OutboundRefusal,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The URL was allowed, but no usable answer came back. */
export type OutboundFailure = 'TIMEOUT' | 'TOO_LARGE' | 'HTTP_STATUS' | 'TOO_MANY_REDIRECTS' | 'NETWORK' | 'DNS';

export class OutboundFailed extends Error {
  /** The status an `HTTP_STATUS` failure was answered with; null for every other reason. */
  readonly status: number | null;

  constructor(
    readonly reason: OutboundFailure,
    message: string,
    details: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = new.target.name;
    this.status = details.status ?? null;
  }
}

/**
 * `scheme://host/path` for logs: no credentials, query or fragment, and long token-like runs of
 * the path (where Google, iCloud, Vrbo and our own export keep their secret) shown as `…`.
 */
export function describeOutboundUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '(not a URL)';
  }
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/[\w~+=%.-]{16,}/g, '…')}`;
}
