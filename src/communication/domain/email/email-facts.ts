import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Lang } from '../../../shared/kernel/lang';
import type { Money } from '../../../shared/kernel/money';
import type { DepositKind } from '../../../shared/kernel/payment-terms';
import type { DossierStatusFact } from '../document/document-facts';

export const EMAIL_KINDS = [
  'BOOKING_REQUEST_RECEIVED',
  'DOSSIER_DOCUMENT',
  'PAYMENT_RECEIVED',
  'DEPOSIT_REMINDER',
  'BALANCE_REMINDER',
  'CANCELLATION',
  'OWNER_NEW_BOOKING',
] as const;
/**
 * What an email about a booking file is about. To the guest: an online booking received, the
 * proposal or contract (the document attached, or a notification), a payment received, a deposit
 * or balance reminder, a cancellation. To the owner: a new online booking. A copy to the owner of
 * what a guest got is the guest's email with `copy` set.
 */
export type EmailKind = (typeof EMAIL_KINDS)[number];

/**
 * What an email about a booking file says, as plain data: `emailContent` writes it in `lang`
 * (subject, HTML and text parts). Owner texts are plain text and are escaped where they are
 * written into HTML.
 */
export interface EmailFacts {
  readonly kind: EmailKind;
  readonly lang: Lang;
  /** A copy for the owner of what the guest received: the subject says so. */
  readonly copy: boolean;
  /** The establishment's name, or the owner's when there is none. */
  readonly sender: string;
  readonly dossier: {
    readonly number: number | null;
    readonly status: DossierStatusFact;
    readonly guestName: string;
    readonly guestEmail: string | null;
    readonly guestPhone: string | null;
    readonly stays: readonly {
      readonly accommodationName: string;
      readonly arrival: CalendarDate;
      readonly departure: CalendarDate;
      readonly occupants: readonly { readonly label: string; readonly count: number }[];
      /** Paid apart from the total, usually on site. */
      readonly touristTax: Money;
      /** How the commune's tariff made it, already in the email's language; empty for a flat amount. */
      readonly touristTaxLines: readonly string[];
    }[];
    readonly total: Money;
    readonly paid: Money;
    readonly balance: Money;
    /** Arrhes or an acompte: they bind the guest differently, and the emails name which. */
    readonly deposit: { readonly kind: DepositKind; readonly amount: Money; readonly dueDate: CalendarDate };
    readonly balanceDueDate: CalendarDate;
  };
  /** For PAYMENT_RECEIVED: the payment (negative for a refund). */
  readonly payment: { readonly amount: Money; readonly date: CalendarDate } | null;
  /**
   * For an owner who releases unpaid options: in DEPOSIT_REMINDER, the day the option goes unless
   * paid; in CANCELLATION, that it went for its deposit (`released`). Absent otherwise.
   */
  readonly optionRelease?: { readonly releaseOn: CalendarDate; readonly released: boolean };
  /** In CANCELLATION, when the owner said who gave up the stay: what the deposit's law makes of the money, in `lang`. */
  readonly settlement?: string;
  /** DOSSIER_DOCUMENT: whether the PDF is attached, or the email only announces the file. */
  readonly withDocument: boolean;
  /** The owner's own subject and introduction for the document email, in `lang`; null: the standard ones. */
  readonly subject: string | null;
  readonly introduction: string | null;
  /** The owner's footer in `lang`, or lines made from the owner's details. */
  readonly footer: readonly string[];
}

export const BOOKING_EMAIL_KINDS = ['BOOKING_EXPIRED', 'LATE_PAYMENT_REFUNDED', 'OWNER_LATE_PAYMENT_REFUNDED', 'DUPLICATE_PAYMENT_REFUNDED', 'WRONG_AMOUNT_REFUNDED'] as const;
/**
 * What an email about an online booking, told from the booking rather than a file, is about. To
 * the guest: the booking expired unpaid; it was paid too late for nights taken meanwhile, and the
 * payment is given back; a payment came for a booking already paid, or not for the amount asked,
 * and is given back. To the owner: that late payment given back.
 */
export type BookingEmailKind = (typeof BOOKING_EMAIL_KINDS)[number];

/** What an email about a booking without a file says: the stay asked for, no figures of a file. */
export interface BookingEmailFacts {
  readonly kind: BookingEmailKind;
  readonly lang: Lang;
  /** Never a copy: the owner hears of these, when at all, by an email of their own. */
  readonly copy: false;
  readonly sender: string;
  readonly booking: {
    readonly guestName: string;
    readonly guestEmail: string | null;
    readonly guestPhone: string | null;
    readonly accommodationName: string;
    readonly arrival: CalendarDate;
    readonly departure: CalendarDate;
  };
  /** What is given back, for a late payment; null when the payment cannot be read. */
  readonly refund: Money | null;
  readonly footer: readonly string[];
}

export const SYNC_EMAIL_KINDS = ['OWNER_IMPORT_CONFLICT', 'OWNER_FEED_SILENT'] as const;
/**
 * What an email about the calendars an owner imports from other platforms is about, always to the
 * owner: a stay one of them lists on nights already taken here (a possible double booking), or a
 * calendar that has not been read for a while (stays booked there may not be blocked here).
 */
export type SyncEmailKind = (typeof SYNC_EMAIL_KINDS)[number];

interface Nights {
  readonly arrival: CalendarDate;
  /** Exclusive: the day the stay leaves. */
  readonly departure: CalendarDate;
}

/**
 * What holds the nights here, as the owner knows it: a booking file by its number (null while it
 * has none), a guest's online booking waiting for its payment, the owner's own block with their
 * reason, or a stay of another imported calendar by its label. Nothing of the guest.
 */
export type ClashFacts = Nights &
  (
    | { readonly kind: 'DOSSIER'; readonly number: number | null }
    | { readonly kind: 'PENDING_PAYMENT'; readonly number: number | null }
    | { readonly kind: 'BLOCK'; readonly reason: string | null }
    | { readonly kind: 'IMPORTED'; readonly calendar: string | null }
  );

interface SyncEmailBase {
  readonly lang: Lang;
  /** Never a copy: these are the owner's own. */
  readonly copy: false;
  readonly sender: string;
  readonly accommodationName: string;
  /** The imported calendar's label, as the owner named it ("Airbnb"). */
  readonly calendar: string;
  readonly footer: readonly string[];
}

/** One stay the other platform's calendar lists on nights already taken here. */
export interface ImportConflictFacts {
  /** The nights the other platform's calendar lists. */
  readonly stay: Nights;
  readonly clash: ClashFacts;
}

/**
 * How many of one import's conflicts an email lists: an owner who typed a season of bookings by
 * hand before connecting the platform's calendar gets them all at once, and an email of hundreds
 * of stays is read by no one. The rest are counted.
 */
export const CONFLICTS_LISTED = 20;

/**
 * Every conflict one reading of a calendar recorded, told in one email: the first as `stay` and
 * `clash`, the others after it in the order they were recorded.
 */
export interface ImportConflictEmailFacts extends SyncEmailBase, ImportConflictFacts {
  readonly kind: 'OWNER_IMPORT_CONFLICT';
  /** With the first, at most CONFLICTS_LISTED. */
  readonly others: readonly ImportConflictFacts[];
  /** How many more the import recorded than are listed. */
  readonly unlisted: number;
}

export interface FeedSilentEmailFacts extends SyncEmailBase {
  readonly kind: 'OWNER_FEED_SILENT';
  /** The last time the calendar was read (an ISO instant); null when it never was. */
  readonly lastSuccessAt: string | null;
}

export type SyncEmailFacts = ImportConflictEmailFacts | FeedSilentEmailFacts;

export const INTEGRATION_EMAIL_KINDS = ['OWNER_WEBHOOK_DISABLED'] as const;

/** A webhook endpoint that failed every delivery for its whole retry window, and was switched off: its integrator hears nothing. */
export interface WebhookDisabledEmailFacts {
  readonly kind: (typeof INTEGRATION_EMAIL_KINDS)[number];
  readonly lang: Lang;
  /** Never a copy: these are the owner's own. */
  readonly copy: false;
  readonly sender: string;
  /** The endpoint URL's host alone: its path may hold the integrator's own secret. */
  readonly host: string;
  /** The first failed attempt since the last success, an ISO instant. */
  readonly failingSince: string;
  readonly footer: readonly string[];
}

/** Every email of the outbox: about a booking file, about an online booking that has none, about an imported calendar, or about a webhook. */
export type OutboxEmailFacts = EmailFacts | BookingEmailFacts | SyncEmailFacts | WebhookDisabledEmailFacts;

export const OUTBOX_EMAIL_KINDS = [...EMAIL_KINDS, ...BOOKING_EMAIL_KINDS, ...SYNC_EMAIL_KINDS, ...INTEGRATION_EMAIL_KINDS] as const;
export type OutboxEmailKind = (typeof OUTBOX_EMAIL_KINDS)[number];

export const isBookingEmail = (facts: OutboxEmailFacts): facts is BookingEmailFacts => 'booking' in facts;

export const isSyncEmail = (facts: OutboxEmailFacts): facts is SyncEmailFacts => (SYNC_EMAIL_KINDS as readonly string[]).includes(facts.kind);

export const isIntegrationEmail = (facts: OutboxEmailFacts): facts is WebhookDisabledEmailFacts => (INTEGRATION_EMAIL_KINDS as readonly string[]).includes(facts.kind);

/** An email written out: what the outbox stores and the sender delivers. */
export interface EmailContent {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}
