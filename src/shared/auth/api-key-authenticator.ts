import type { ApiScope } from './api-scopes';

/** What tells an API key from an owner's token in an Authorization header: `osk_` (owner secret key). */
export const API_KEY_PREFIX = 'osk_';

/** A key as issued: the prefix, then 32 random bytes in base64url (43 characters). */
export const API_KEY_FORMAT = /^osk_[A-Za-z0-9_-]{43}$/;

/** A live API key: whose it is, and what its owner let it do. */
export interface ApiKeyIdentity {
  readonly ownerId: string;
  readonly keyId: string;
  readonly scopes: ApiScope[];
}

/**
 * Finds the live key a bearer value is, or null for an unknown or revoked one. Published by the
 * context that keeps API keys (Synchronisation), so that the guard knows only this port.
 */
export interface ApiKeyAuthenticator {
  authenticate(key: string): Promise<ApiKeyIdentity | null>;
}

export const API_KEYS = Symbol('ApiKeys');
