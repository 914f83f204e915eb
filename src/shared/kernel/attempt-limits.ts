import { assertNever } from './assert-never';

/**
 * Limits on attempts, counted per key: password guesses and sign-ups (Catalogue), guest bookings
 * (Reservation). Each attempt is counted under a few keys at once, each key with its own limit;
 * an attempt goes ahead only when every one of its keys lets it. A key's count is forgotten once
 * a whole window passes without a counted attempt.
 */

const SECOND = 1000;

/** At most `max` attempts, then none until `windowMs` after the last one counted. */
export interface Cap {
  readonly kind: 'cap';
  readonly max: number;
  readonly windowMs: number;
}

/**
 * `free` attempts, then each one only after a wait since the last one counted: `firstWaitMs`,
 * doubling with every attempt beyond, up to `longestWaitMs`. Nobody is ever locked out.
 */
export interface Slowdown {
  readonly kind: 'slowdown';
  readonly free: number;
  readonly windowMs: number;
  readonly firstWaitMs: number;
  readonly longestWaitMs: number;
}

export type AttemptLimit = Cap | Slowdown;

/**
 * What a proven password does to a key's count: `forget` it (the typos of the one who knew it),
 * `refund` the attempt only (the count is about others too), or `keep` it (every attempt counts).
 */
export type OnSuccess = 'forget' | 'refund' | 'keep';

export interface ThrottleCounter {
  /** Names what is counted; the store may hash it, since it holds addresses. */
  readonly key: string;
  readonly limit: AttemptLimit;
  readonly onSuccess: OnSuccess;
}

/** A key's count as stored: how many attempts, and when the last one was counted. */
export interface AttemptCount {
  readonly count: number;
  readonly lastCountedAt: Date;
}


function liveCount(limit: AttemptLimit, counted: AttemptCount | null, now: Date): number {
  if (!counted) return 0;
  return now.getTime() - counted.lastCountedAt.getTime() < limit.windowMs ? counted.count : 0;
}

/** When a key lets the next attempt in: null for now, else the instant it will. */
export function nextAttemptAt(limit: AttemptLimit, counted: AttemptCount | null, now: Date): Date | null {
  if (!counted) return null;
  const wait = waitAfterLast(limit, liveCount(limit, counted, now));
  if (wait === null) return null;
  const at = counted.lastCountedAt.getTime() + wait;
  return at > now.getTime() ? new Date(at) : null;
}

/** How long after its last counted attempt a key holding `count` lets the next one in; null: at once. */
function waitAfterLast(limit: AttemptLimit, count: number): number | null {
  switch (limit.kind) {
    case 'cap':
      return count >= limit.max ? limit.windowMs : null;
    case 'slowdown':
      return count >= limit.free ? Math.min(limit.longestWaitMs, limit.firstWaitMs * 2 ** (count - limit.free)) : null;
    default:
      return assertNever(limit);
  }
}

/** The count once one more attempt is counted now. */
export function countedOnce(limit: AttemptLimit, counted: AttemptCount | null, now: Date): AttemptCount {
  return { count: liveCount(limit, counted, now) + 1, lastCountedAt: now };
}

/** When a key's count is forgotten, and its row may go. */
export const forgottenAt = (limit: AttemptLimit, counted: AttemptCount): Date => new Date(counted.lastCountedAt.getTime() + limit.windowMs);

/** A wait as a person reads it in a refusal: seconds under two minutes, else minutes. */
export function waitPhrase(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / SECOND));
  if (seconds < 120) return `${seconds} second${seconds > 1 ? 's' : ''}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
