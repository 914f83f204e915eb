import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { emailEvents, type EmailEvent, type EmailFailed, type EmailQueued } from './email.events';

export type { EmailEvent };

/** Stream `email-<emailId>`: one email of the outbox, from queued to sent or failed. */
export const emailStream = (emailId: string) => `email-${emailId}`;

/** What one attempt to deliver came to, as the sender saw it. */
export type DeliveryOutcome =
  | { readonly kind: 'SENT'; readonly response: string }
  | { readonly kind: 'TEMPORARY_FAILURE'; readonly detail: string }
  | { readonly kind: 'PERMANENT_FAILURE'; readonly detail: string };

export type EmailCommand =
  | Command<'QueueEmail', EmailQueued>
  /** `jitter` in [0, 1): drawn by the caller, so the decider stays a pure function. */
  | Command<'RecordDelivery', { emailId: string; outcome: DeliveryOutcome; at: string; jitter: number }>
  /** The guest of the email's file was erased: an email still waiting is not sent to nobody. */
  | Command<'EraseEmail', { emailId: string; dossierId: string; at: string }>;

export type EmailStatus = 'NONE' | 'QUEUED' | 'SENT' | 'FAILED';

export interface Email {
  readonly status: EmailStatus;
  readonly attempts: number;
  /** Whose email it is and the file it is about, which each outcome names. */
  readonly ownerId: string | null;
  readonly dossierId: string | null;
  readonly erased: boolean;
}

/**
 * About a day of trying: 30 s, 1 min, 2 min… doubling up to an hour between attempts. A server
 * down for longer than that is the owner's to hear about, not the guest's to receive late.
 */
export const MAX_ATTEMPTS = 30;
const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 3_600_000;

/** Exponential backoff with jitter: between half and all of the doubled delay, so retries of many emails spread out. */
export function retryDelayMs(attempt: number, jitter: number): number {
  const full = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt - 1, 20));
  return Math.round(full * (0.5 + jitter / 2));
}

const failed = (data: EmailFailed): EmailEvent => event('EmailFailed', data);

export function decide(command: EmailCommand, state: Email): EmailEvent[] {
  switch (command.type) {
    case 'QueueEmail': {
      // The id names the email's cause: the same cause seen twice queues nothing more.
      if (state.status !== 'NONE') return [];
      const queued = event('EmailQueued', command.data);
      if (command.data.to !== null) return [queued];
      const { emailId, ownerId, dossierId, queuedAt } = command.data;
      return [queued, failed({ emailId, ownerId, dossierId, attempt: 0, reason: 'NO_ADDRESS', detail: null, failedAt: queuedAt })];
    }
    case 'RecordDelivery': {
      // Only a queued email is delivered: an outcome arriving after another is a repeat.
      if (state.status !== 'QUEUED') return [];
      const { emailId, outcome, at, jitter } = command.data;
      const { ownerId, dossierId } = state;
      const attempt = state.attempts + 1;
      switch (outcome.kind) {
        case 'SENT':
          return [event('EmailSent', { emailId, ownerId, dossierId, attempt, sentAt: at, response: outcome.response })];
        case 'PERMANENT_FAILURE':
          return [failed({ emailId, ownerId, dossierId, attempt, reason: 'REFUSED', detail: outcome.detail, failedAt: at })];
        case 'TEMPORARY_FAILURE': {
          if (attempt >= MAX_ATTEMPTS) return [failed({ emailId, ownerId, dossierId, attempt, reason: 'GAVE_UP', detail: outcome.detail, failedAt: at })];
          const retryAt = new Date(Date.parse(at) + retryDelayMs(attempt, jitter)).toISOString();
          return [event('EmailDeferred', { emailId, ownerId, dossierId, attempt, detail: outcome.detail, retryAt })];
        }
        default:
          return assertNever(outcome);
      }
    }
    case 'EraseEmail': {
      if (state.status === 'NONE' || state.erased) return [];
      const { emailId, dossierId, at } = command.data;
      const { ownerId } = state;
      const erased = event('EmailErased', { emailId, dossierId, erasedAt: at });
      // Its address went with the guest: an email still waiting fails as one that has none.
      return state.status === 'QUEUED' ? [failed({ emailId, ownerId, dossierId, attempt: state.attempts, reason: 'NO_ADDRESS', detail: null, failedAt: at }), erased] : [erased];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: Email, e: EmailEvent): Email {
  switch (e.type) {
    case 'EmailQueued':
      return { status: 'QUEUED', attempts: 0, ownerId: e.data.ownerId, dossierId: e.data.dossierId, erased: false };
    case 'EmailDeferred':
      return { ...state, attempts: e.data.attempt };
    case 'EmailSent':
      return { ...state, status: 'SENT', attempts: e.data.attempt };
    case 'EmailFailed':
      return { ...state, status: 'FAILED', attempts: e.data.attempt };
    case 'EmailErased':
      return { ...state, erased: true };
    default:
      return assertNever(e);
  }
}

export const emailDecider: Decider<EmailCommand, EmailEvent, Email> = {
  decide,
  evolve,
  initialState: () => ({ status: 'NONE', attempts: 0, ownerId: null, dossierId: null, erased: false }),
  events: emailEvents,
};
