import type { ApiScope } from '../../shared/auth/api-scopes';

/**
 * When an export feed's content was first served as it reads now: its Last-Modified. A released
 * hold leaves no row to date the change by, so the feed dates its content rather than its rows.
 */
export interface FeedVersions {
  /** When the accommodation's feed first read as `etag`; recorded as `now` the first time it does. */
  since(accommodationId: string, etag: string, now: Date): Promise<Date>;
}

/** Inject with `@Inject(FEED_VERSIONS)`; SynchronisationModule provides it. */
export const FEED_VERSIONS = Symbol('FeedVersions');

/** Why a fetch brought nothing the import could use. */
export type FetchErrorCode = 'REFUSED' | 'TIMEOUT' | 'TOO_LARGE' | 'HTTP_STATUS' | 'TOO_MANY_REDIRECTS' | 'NETWORK' | 'DNS' | 'NOT_ICALENDAR';

/** An event of the feed the import could not read, as the owner is shown it. */
export interface StatusProblem {
  readonly code: string;
  readonly line: number;
  readonly message: string;
}

/** How a feed's fetches went: operational state, not events (a fetch that changes nothing appends none). */
export interface FeedStatus {
  readonly feedId: string;
  readonly nextDueAt: Date;
  readonly lastAttemptAt: Date | null;
  readonly lastSuccessAt: Date | null;
  readonly lastErrorCode: FetchErrorCode | null;
  /** The HTTP status of an HTTP_STATUS error, or the host that could not be reached: never the URL's secret. */
  readonly lastErrorDetail: string | null;
  readonly lastErrorAt: Date | null;
  readonly eventCount: number | null;
  readonly problems: readonly StatusProblem[];
  readonly skipped: { readonly cancelled: number; readonly transparent: number; readonly past: number } | null;
  /** The stays read, by what the platform's SUMMARY says they are (see PlatformProfile). */
  readonly meanings: { readonly booked: number; readonly closed: number; readonly unknown: number } | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly suspicion: { readonly reason: 'EMPTY' | 'HALF_LOST'; readonly lost: number; readonly fingerprint: string; readonly seen: number } | null;
  readonly silent: boolean;
}

export type FetchOutcome =
  | { readonly kind: 'FAILED'; readonly at: Date; readonly code: FetchErrorCode; readonly detail: string | null }
  | { readonly kind: 'NOT_MODIFIED'; readonly at: Date }
  | {
      readonly kind: 'READ';
      readonly at: Date;
      readonly eventCount: number;
      readonly problems: readonly StatusProblem[];
      readonly skipped: FeedStatus['skipped'];
      readonly meanings: FeedStatus['meanings'];
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly suspicion: FeedStatus['suspicion'];
    };

export interface FeedStatuses {
  /**
   * Takes up to `limit` feeds due at `now` and sets each one's next fetch an interval later, in
   * one statement: two instances asking at once never take the same feed.
   */
  claimDue(now: Date, limit: number): Promise<string[]>;
  /** Takes one feed now (sync now), whenever it was due; false when another fetch took it less than `minGapMs` ago. */
  claimNow(feedId: string, now: Date, intervalMinutes: number, minGapMs: number): Promise<boolean>;
  record(feedId: string, outcome: FetchOutcome): Promise<void>;
  statusesOf(feedIds: readonly string[]): Promise<Map<string, FeedStatus>>;
  /** Feeds not read successfully for more than `intervals` of their interval, not yet flagged. */
  silentSince(now: Date, intervals: number): Promise<string[]>;
  setSilent(feedId: string, silent: boolean): Promise<void>;
  forget(feedId: string): Promise<void>;
}

/** Inject with `@Inject(FEED_STATUSES)`; SynchronisationModule provides it. */
export const FEED_STATUSES = Symbol('FeedStatuses');

/** An API key as its owner sees it. The key itself is never kept: only its hash, by the store. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly ownerId: string;
  readonly name: string;
  readonly scopes: readonly ApiScope[];
  /** The key's first characters, shown in lists so that an owner recognises it. */
  readonly prefix: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface ApiKeyStore {
  /**
   * Keeps the key's hash with its record, unless its owner already holds `maxLive` live keys:
   * false then. Two creations at once count each other.
   */
  add(record: ApiKeyRecord, key: string, maxLive: number): Promise<boolean>;
  /** The owner's keys, revoked ones too, newest first. */
  listOf(ownerId: string): Promise<ApiKeyRecord[]>;
  /** Revokes the owner's key, keeping the time of its first revocation; false when the owner has no such key. */
  revoke(ownerId: string, keyId: string, now: Date): Promise<boolean>;
}

/** Inject with `@Inject(API_KEY_STORE)`; SynchronisationModule provides it. */
export const API_KEY_STORE = Symbol('ApiKeyStore');
