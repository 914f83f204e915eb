/**
 * Communication's public face: the only file another context may import. It sends a booking
 * file's document and tells what was written to its guest and owner.
 */
import type { Position } from '../event-store/position';
import type { Lang } from '../shared/kernel/lang';
import type { LocalizedText } from '../shared/kernel/localized-text';

export type { EmailEvent } from './domain/email/email.decider';
export type { CommunicationSettingsEvent } from './domain/settings/communication-settings.decider';
/** Read by Reservation's notifications: an email about a file that could not be delivered. */
export { emailEvents } from './domain/email/email.events';

export type SentEmailStatus = 'QUEUED' | 'SENT' | 'FAILED';

/** An email of the outbox as the owner reads it on the file. */
export interface SentEmailView {
  readonly emailId: string;
  readonly kind: string;
  readonly recipient: 'GUEST' | 'OWNER';
  readonly copy: boolean;
  readonly to: string | null;
  readonly subject: string;
  /** QUEUED until the mail server took it (including while retried), then SENT or FAILED. */
  readonly status: SentEmailStatus;
  readonly attempts: number;
  readonly queuedAt: Date;
  /** When its status last changed. */
  readonly at: Date;
  readonly error: string | null;
}

export interface DossierMailing {
  /**
   * Emails the file's document to its guest, with the owner's copy when asked for. NOT_FOUND when
   * the file is not `ownerId`'s; BAD_USER_INPUT for a language the owner does not write in.
   */
  sendDocument(ownerId: string, dossierId: string, lang: Lang | null): Promise<{ readonly warnings: readonly string[]; readonly position: Position | null }>;
  /** The emails about a file, newest first, from the outbox's read model (`OUTBOX_READ_MODEL`). */
  emailsOf(dossierId: string): Promise<SentEmailView[]>;
}

/** The policy that takes an erased guest out of the outbox: wait for it to show the outbox without them. */
export const EMAIL_ERASURE_POLICY = 'email-erasure';

/** The projection `emailsOf` reads: wait for it at a change's position to list what the change queued. */
export const OUTBOX_READ_MODEL = 'emails';

/** Inject with `@Inject(DOSSIER_MAILING)`; CommunicationModule provides it. */
export const DOSSIER_MAILING = Symbol('DossierMailing');

/** What an answer warns of when the owner's terms of sale were asked for and are not written. */
export const TERMS_MISSING_WARNING = 'No general terms of sale are written: the document leaves part 4 out. Write them in setDocumentSettings (terms).';

/** The owner's general terms of sale (CGV) as a guest accepts them. */
export interface AcceptableTerms {
  readonly text: LocalizedText;
  /** Names this wording: a guest's acceptance records it, and any edit of the terms changes it. */
  readonly version: string;
}

export interface TermsOfSale {
  /** Null until the owner writes them (setDocumentSettings, terms): no online booking without them. */
  termsOf(ownerId: string): Promise<AcceptableTerms | null>;
}

/** Inject with `@Inject(TERMS_OF_SALE)`; CommunicationModule provides it. */
export const TERMS_OF_SALE = Symbol('TermsOfSale');
