import { z } from 'zod';

/**
 * The public integration events: what integrators (channel managers, accounting tools, a
 * destination's site) read through the event feed, the GraphQL subscription and webhooks. A
 * contract of its own, translated from the domain events (translate.ts), so that internal names
 * and shapes may change without breaking anyone: a change of a public shape is a new version
 * here, and `test/synchronisation/integration-event-shapes.json` fails until it is recorded.
 */

/** What a reader must be allowed to read an event: its API key's scope (an owner's token may read all). */
export type PublicScope = 'bookings:read' | 'availability:read';

export const publicMoneySchema = z.object({ cents: z.number().int(), currency: z.literal('EUR') }).strict();
const money = publicMoneySchema;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(['OPTION', 'CONFIRMED', 'PAID', 'CANCELLED']);

/** A guest's details: personal data, given only to a reader with the `guests:read` scope. */
export const publicGuestSchema = z
  .object({
    company: z.string().nullable(),
    civility: z.string().nullable(),
    lastName: z.string(),
    firstName: z.string().nullable(),
    address: z.string().nullable(),
    addressLine2: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    phone1: z.string().nullable(),
    phone2: z.string().nullable(),
    phone3: z.string().nullable(),
    email: z.string().nullable(),
  })
  .strict();
export type PublicGuest = z.infer<typeof publicGuestSchema>;

export const publicStaySchema = z
  .object({
    stayId: z.string(),
    accommodationId: z.string(),
    arrival: date,
    departure: date,
    nights: z.number().int(),
    occupants: z.array(z.object({ ageRangeId: z.string(), count: z.number().int() }).strict()),
    /** The accommodation after discounts, plus its supplements; the tourist tax apart. */
    price: money,
    touristTax: money,
  })
  .strict();
export type PublicStay = z.infer<typeof publicStaySchema>;

/** A booking file as every booking event shows it, after the change the event announces. */
export const publicBookingSchema = z
  .object({
    bookingId: z.string(),
    /** Null in the moment between the file's opening and its numbering (see booking.numbered). */
    number: z.number().int().nullable(),
    status,
    origin: z.enum(['BACK_OFFICE', 'ONLINE', 'CHANNEL', 'ICAL']),
    createdAt: z.string(),
    stays: z.array(publicStaySchema),
    /** Null unless the reader may read guests' personal data. */
    guest: publicGuestSchema.nullable(),
  })
  .strict();
export type PublicBooking = z.infer<typeof publicBookingSchema>;

const booking = z.object({ booking: publicBookingSchema }).strict();
const statusMoved = z.object({ booking: publicBookingSchema, previousStatus: status }).strict();
const payment = z.object({ paymentId: z.string(), date, method: z.enum(['CHEQUE', 'HOLIDAY_VOUCHERS', 'TRANSFER', 'CASH', 'CARD', 'ONLINE']), amount: money }).strict();

interface PublicEventContract {
  readonly version: number;
  readonly scope: PublicScope;
  readonly description: string;
  readonly schema: z.ZodTypeAny;
}

export const PUBLIC_EVENTS = {
  'booking.created': { version: 1, scope: 'bookings:read', description: 'A booking file was opened: by the owner, a guest online, or from another platform.', schema: booking },
  'booking.numbered': { version: 1, scope: 'bookings:read', description: 'The file received its number (right after its opening).', schema: booking },
  'booking.confirmed': { version: 1, scope: 'bookings:read', description: 'The file became confirmed: deposit paid or confirmed by the owner.', schema: statusMoved },
  'booking.paid': { version: 1, scope: 'bookings:read', description: 'The file is paid in full.', schema: statusMoved },
  'booking.cancelled': { version: 1, scope: 'bookings:read', description: 'The file was cancelled; its nights are freed.', schema: statusMoved },
  'booking.deleted': {
    version: 1,
    scope: 'bookings:read',
    description: 'The file was deleted (a mistake, never a real stay); its nights are freed.',
    schema: z.object({ bookingId: z.string(), number: z.number().int().nullable() }).strict(),
  },
  'booking.stay_changed': {
    version: 1,
    scope: 'bookings:read',
    description: 'A stay was added to the file, or its dates, occupants or price changed.',
    schema: z.object({ booking: publicBookingSchema, stayId: z.string(), previous: publicStaySchema.nullable() }).strict(),
  },
  'booking.guest_changed': { version: 1, scope: 'bookings:read', description: 'The owner corrected the guest’s details, or erased the guest (RGPD): the guest is then lastName "Anonyme" with every other field null, and yours should be forgotten.', schema: booking },
  'payment.recorded': {
    version: 1,
    scope: 'bookings:read',
    description: 'Money was received for a file, by any means.',
    schema: z.object({ bookingId: z.string(), number: z.number().int().nullable(), payment }).strict(),
  },
  'payment.refunded': {
    version: 1,
    scope: 'bookings:read',
    description: 'Money was given back: recorded on a file, or an online payment no file could take (bookingId null).',
    schema: z.object({ bookingId: z.string().nullable(), number: z.number().int().nullable(), payment }).strict(),
  },
  'availability.changed': {
    version: 1,
    scope: 'availability:read',
    description: 'Nights of an accommodation were taken or freed, and by what.',
    schema: z
      .object({
        accommodationId: z.string(),
        from: date,
        to: date,
        available: z.boolean(),
        heldBy: z.enum(['BOOKING', 'PENDING_PAYMENT', 'BLOCK', 'IMPORT']),
        bookingId: z.string().nullable(),
      })
      .strict(),
  },
  'rates.changed': {
    version: 1,
    scope: 'availability:read',
    description: 'An accommodation’s rates changed over these periods (null: any date); quote again.',
    schema: z.object({ accommodationId: z.string(), periods: z.array(z.object({ from: date, to: date }).strict()).nullable() }).strict(),
  },
} as const satisfies Record<string, PublicEventContract>;

export type PublicEventType = keyof typeof PUBLIC_EVENTS;

export const PUBLIC_EVENT_TYPES = Object.keys(PUBLIC_EVENTS) as PublicEventType[];

export const isPublicEventType = (type: string): type is PublicEventType => Object.hasOwn(PUBLIC_EVENTS, type);

/** The types a reader with these scopes may read; an owner's token (null) reads them all. */
export function readableTypes(scopes: readonly string[] | null): PublicEventType[] {
  return PUBLIC_EVENT_TYPES.filter((type) => scopes === null || scopes.includes(PUBLIC_EVENTS[type].scope));
}
