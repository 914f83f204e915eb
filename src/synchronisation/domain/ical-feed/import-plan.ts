import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { nameBasedUuid } from '../../../shared/kernel/ids';
import type { FeedEvent } from '../ical-import/feed-reading';
import type { ImportedEntry } from './ical-feed.events';
import type { PlatformProfile } from './platform-profiles';

/** Fetches in a row that must say the same suspicious thing before it is believed. */
export const CONFIRMATIONS_NEEDED = 3;

/** Stays that ended this long ago are forgotten: the planning has closed their nights. */
const FORGET_AFTER_DAYS = 60;

/** Why a feed's answer is not believed at once: it would free many nights in one go. */
export type SuspicionReason = 'EMPTY' | 'HALF_LOST';

export interface Suspicion {
  readonly reason: SuspicionReason;
  /** Future stays the answer would drop. */
  readonly lost: number;
  /** Names the answer: the same answer fetched again has the same fingerprint. */
  readonly fingerprint: string;
  /** Fetches in a row that gave this answer, this one included. */
  readonly seen: number;
}

export interface ImportPlan {
  /** Every stay the feed holds after this answer: what the planning is asked to hold. */
  readonly entries: ImportedEntry[];
  /** Stays to free on the planning. */
  readonly release: string[];
  /** Set while the answer is held as suspicious: what it would drop is kept until it is confirmed. */
  readonly suspicion: Suspicion | null;
  /** Why the answer is taken: it changed nothing suspicious, came back often enough, or the owner said so. */
  readonly confirmedBy: 'FEED' | 'REPEATED' | 'OWNER';
}

/** The hold of one event of one feed, the same at every fetch: (feed, UID, RECURRENCE-ID). */
export const importedHoldId = (feedId: string, event: Pick<FeedEvent, 'uid' | 'recurrenceId'>): string => nameBasedUuid(`ical-feed/${feedId}/${event.uid}/${event.recurrenceId ?? ''}`);

/**
 * What a feed's answer changes, never freeing a night by mistake:
 * - a stay that began, or ended, and is missing is the feed forgetting the past (platforms drop
 *   past stays, Booking.com cuts them at today), not a cancellation: it stays held;
 * - a stay whose arrival moved up to today with the same departure is the same cut, not a move;
 * - an answer that drops every future stay, or more than half of them, is suspicious: what it
 *   adds is held, but nothing moves or is freed until it is `confirmed` (the same answer
 *   fetched `CONFIRMATIONS_NEEDED` times, or the owner's word).
 */
export function planImport(input: {
  readonly feedId: string;
  readonly profile: PlatformProfile;
  /** The stays the feed held so far. */
  readonly known: ReadonlyMap<string, ImportedEntry>;
  readonly events: readonly FeedEvent[];
  /** Today where the accommodation is. */
  readonly today: CalendarDate;
  /** The suspicious answer the previous fetches gave, if any. */
  readonly pending: Pick<Suspicion, 'reason' | 'fingerprint' | 'seen'> | null;
  /** The owner says the feed's answer, whatever it is, is right. */
  readonly ownerConfirms: boolean;
}): ImportPlan {
  const { feedId, profile, known, today } = input;
  const fresh = new Map<string, ImportedEntry>();
  for (const e of input.events) {
    const holdId = importedHoldId(feedId, e);
    const before = known.get(holdId);
    const cutAtToday = before !== undefined && before.departure === e.departure && before.arrival < e.arrival && e.arrival <= today;
    fresh.set(holdId, cutAtToday ? before : { holdId, arrival: e.arrival, departure: e.departure });
  }
  const forgetBefore = addDays(today, -FORGET_AFTER_DAYS);
  const pastOrBegun = (entry: ImportedEntry) => entry.departure <= today || (profile.onlyFuture && entry.arrival < today);
  const missing = [...known.values()].filter((entry) => !fresh.has(entry.holdId));
  const lost = missing.filter((entry) => !pastOrBegun(entry));
  const future = [...known.values()].filter((entry) => entry.departure > today).length;
  const freshFuture = [...fresh.values()].filter((entry) => entry.departure > today).length;
  const judged: SuspicionReason | null = future === 0 || lost.length === 0 ? null : freshFuture === 0 ? 'EMPTY' : lost.length * 2 > future ? 'HALF_LOST' : null;
  const fingerprint = judged !== null || input.pending !== null ? fingerprintOf(fresh) : '';
  // The same answer as a suspicious one is as suspicious, though the stays it added since make
  // what it drops a smaller share of what the feed now holds.
  const repeated = input.pending !== null && input.pending.fingerprint === fingerprint && lost.length > 0;
  const reason = judged ?? (repeated ? (input.pending?.reason ?? null) : null);
  const seen = reason !== null && repeated ? (input.pending?.seen ?? 0) + 1 : 1;
  const confirmedBy = input.ownerConfirms && reason !== null ? 'OWNER' : reason === null ? 'FEED' : seen >= CONFIRMATIONS_NEEDED ? 'REPEATED' : null;

  if (reason !== null && confirmedBy === null) {
    // Only what the answer adds: every stay held so far stays as it is.
    const added = [...fresh.values()].filter((entry) => !known.has(entry.holdId));
    return { entries: sorted([...known.values(), ...added]), release: [], suspicion: { reason, lost: lost.length, fingerprint, seen }, confirmedBy: 'FEED' };
  }
  const kept = missing.filter((entry) => pastOrBegun(entry) && entry.departure > forgetBefore);
  return { entries: sorted([...fresh.values(), ...kept]), release: lost.map((entry) => entry.holdId), suspicion: null, confirmedBy: confirmedBy ?? 'FEED' };
}

function fingerprintOf(entries: ReadonlyMap<string, ImportedEntry>): string {
  const text = [...entries.values()].map((e) => `${e.holdId}:${e.arrival}:${e.departure}`).sort().join('\n');
  return nameBasedUuid(text);
}

const sorted = (entries: ImportedEntry[]): ImportedEntry[] => entries.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : a.holdId < b.holdId ? -1 : 1));
