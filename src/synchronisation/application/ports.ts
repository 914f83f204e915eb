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
