/**
 * An owner's current session version (how many times their password or address changed), or
 * null when no such owner exists. Published by the context that keeps accounts (Catalogue), so
 * that the guard can refuse a token issued before the latest change.
 */
export interface SessionVersions {
  current(ownerId: string): Promise<number | null>;
}

export const SESSION_VERSIONS = Symbol('SessionVersions');

/**
 * A destination's current session version, or null when no such destination exists: the same
 * question for the other kind of account, published by Catalogue too.
 */
export const DESTINATION_SESSION_VERSIONS = Symbol('DestinationSessionVersions');
