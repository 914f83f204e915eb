import type { FeedPosition } from '../domain/integration/cursor';
import type { FeedSelection, IntegrationFeed, PublicEvent } from './integration-feed';

/** What a reader of the public events waits on between reads (PublicEventWakeups). */
export interface Wakeups {
  subscribe(): { end(): void };
  readonly generation: number;
  sleep(ms: number, seen: number, abort: AbortSignal): Promise<void>;
}

export const PUBLIC_EVENT_WAKEUPS = Symbol('PublicEventWakeups');

/** Read this many at a time; a reader far behind catches up page by page. */
const PAGE = 200;
/** Read again this often even without a wake-up: a notification lost in a reconnect costs no more. */
const POLL_MS = 5000;
/** How often a live subscription asks whether its caller may still read: a revoked key is cut within this. */
export const RECHECK_MS = 30_000;

/**
 * A live subscription to a selection of the feed, resumable: from `after` it first gives what the
 * reader missed, then what comes, reading the one ordered table each time from the last event
 * given, so there is no gap and no duplicate at the seam. Without `after`, it starts from the
 * owner's newest event. Ends when the client leaves (`return`), or when the caller may no longer
 * read: the handshake proved who it was once, so the proof is asked again every RECHECK_MS.
 */
export function followFeed(
  feed: IntegrationFeed,
  wakeups: Wakeups,
  selection: FeedSelection,
  /** Throws when the caller may no longer read (a key revoked, a password changed): the subscription ends with that error. */
  recheck: () => Promise<void>,
  now: () => number = Date.now,
): AsyncIterableIterator<PublicEvent> {
  const abort = new AbortController();
  const listening = wakeups.subscribe();
  async function* events(): AsyncGenerator<PublicEvent> {
    try {
      let after: FeedPosition | null = selection.after ?? (await feed.last(selection.ownerId));
      let checked = now();
      while (!abort.signal.aborted) {
        if (now() - checked >= RECHECK_MS) {
          await recheck();
          checked = now();
        }
        const seen = wakeups.generation;
        const { events: page, positions } = await feed.next(selection, after, PAGE);
        for (let i = 0; i < page.length; i++) {
          if (abort.signal.aborted) return;
          yield page[i];
          after = positions[i];
        }
        if (page.length < PAGE) await wakeups.sleep(POLL_MS, seen, abort.signal);
      }
    } finally {
      listening.end();
    }
  }
  const iterator = events();
  return {
    next: () => iterator.next(),
    // Ends a wait at once: the generator, parked in a sleep, could not see `return` before waking.
    return: (value?: unknown) => {
      abort.abort();
      listening.end();
      return iterator.return(value);
    },
    throw: (error?: unknown) => {
      abort.abort();
      return iterator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
