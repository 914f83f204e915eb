import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { calendarDateSchema, instantSchema, moneySchema } from '../../../shared/kernel/event-schemas';
import { LANGS, type Lang } from '../../../shared/kernel/lang';
import type { Event } from '../../../shared/kernel/message';
import type { Money } from '../../../shared/kernel/money';
import { guestSchema } from '../dossier/dossier.events';
import type { Occupants } from '../dossier/dossier';
import type { Guest } from '../dossier/guest';

/**
 * The events of a `guest-booking-<id>` stream: a booking a guest made online, from the request to
 * the file it opens (whose id it shares). Stored contracts: a change of shape is a new version.
 */
export interface GuestBookingRequested {
  readonly guestBookingId: string;
  readonly ownerId: string;
  readonly accommodationId: string;
  /** The destination whose marketplace the guest booked through; null on the owner's own site (since v2). */
  readonly destinationId: string | null;
  readonly arrival: string;
  readonly departure: string;
  readonly occupants: readonly Occupants[];
  readonly optionalSupplementIds: readonly string[];
  readonly promoCode: string | null;
  readonly guest: Guest;
  readonly lang: Lang;
  /** The general terms of sale the guest accepted: their version, and when. */
  readonly terms: { readonly version: string; readonly acceptedAt: string };
  /** The marketing opt-in as shown to the guest, and their answer: what the GDPR asks a consent to prove. */
  readonly marketingConsent: { readonly given: boolean; readonly text: string | null; readonly link: string | null; readonly at: string };
  readonly payOnline: boolean;
  /** The nights held while the guest pays (online only). */
  readonly holdId: string | null;
  /** The deposit the guest pays online; zero for a pre-booking. */
  readonly amountDue: Money;
  readonly total: Money;
  /** When the held nights go back if the deposit is not paid (online only). */
  readonly expiresAt: string | null;
  /** SHA-256 of the secret part of the guest's link: the link itself is never stored. */
  readonly tokenHash: string;
  readonly payment: { readonly provider: string; readonly sessionId: string; readonly url: string } | null;
  readonly requestedAt: string;
}

interface Addressed {
  readonly guestBookingId: string;
  readonly ownerId: string;
}

/** BOOKING_ERASED since v2: the booking was abandoned long ago and its guest erased. */
export const REJECTION_REASONS = ['WRONG_AMOUNT', 'ALREADY_PAID', 'BOOKING_ERASED'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type GuestBookingEvent =
  | Event<'GuestBookingRequested', GuestBookingRequested>
  /** The deposit came; `late` when it came after the nights were let go. */
  | Event<'GuestBookingPaid', Addressed & { onlinePaymentId: string; amount: Money; late: boolean }>
  /** A payment this booking cannot take: it is given back. */
  | Event<'GuestPaymentRejected', Addressed & { onlinePaymentId: string; amount: Money; reason: RejectionReason }>
  | Event<'GuestBookingExpired', Addressed>
  /** The booking file is open (its id is the guest booking's). */
  | Event<'GuestBookingOpened', Addressed>
  /** Paid too late for nights someone else took meanwhile: the payment is given back. */
  | Event<'GuestBookingLost', Addressed & { onlinePaymentId: string }>
  /** Abandoned (expired or lost) long enough ago: its guest is erased, with the key that sealed them. */
  | Event<'GuestBookingErased', Addressed & { erasedAt: string }>;

const addressed = { guestBookingId: z.string(), ownerId: z.string() };

const requested: z.ZodType<GuestBookingRequested> = z.object({
  ...addressed,
  accommodationId: z.string(),
  destinationId: z.string().nullable(),
  arrival: calendarDateSchema,
  departure: calendarDateSchema,
  occupants: z.array(z.object({ ageRangeId: z.string(), count: z.number().int() })),
  optionalSupplementIds: z.array(z.string()),
  promoCode: z.string().nullable(),
  guest: guestSchema,
  lang: z.enum(LANGS),
  terms: z.object({ version: z.string(), acceptedAt: instantSchema }),
  marketingConsent: z.object({ given: z.boolean(), text: z.string().nullable(), link: z.string().nullable(), at: instantSchema }),
  payOnline: z.boolean(),
  holdId: z.string().nullable(),
  amountDue: moneySchema,
  total: moneySchema,
  expiresAt: instantSchema.nullable(),
  tokenHash: z.string(),
  payment: z.object({ provider: z.string(), sessionId: z.string(), url: z.string() }).nullable(),
  requestedAt: instantSchema,
});

/** Bookings requested before v2 came from owners' own sites: there was no marketplace. */
const withoutDestination = (v1: Record<string, unknown>) => ({ ...v1, destinationId: null });

const paymentOf = { onlinePaymentId: z.string(), amount: moneySchema };

export const guestBookingEvents = eventCodec<GuestBookingEvent>('guest-booking', {
  GuestBookingRequested: { version: 2, schema: requested, upcasters: { 1: withoutDestination } },
  GuestBookingPaid: { version: 1, schema: z.object({ ...addressed, ...paymentOf, late: z.boolean() }) },
  GuestPaymentRejected: { version: 2, schema: z.object({ ...addressed, ...paymentOf, reason: z.enum(REJECTION_REASONS) }), upcasters: { 1: (v1) => v1 } },
  GuestBookingExpired: { version: 1, schema: z.object(addressed) },
  GuestBookingOpened: { version: 1, schema: z.object(addressed) },
  GuestBookingLost: { version: 1, schema: z.object({ ...addressed, onlinePaymentId: z.string() }) },
  GuestBookingErased: { version: 1, schema: z.object({ ...addressed, erasedAt: instantSchema }) },
});
