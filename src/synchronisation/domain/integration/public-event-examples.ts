import type { PublicBooking, PublicEventType, PublicStay } from './public-events';

/**
 * One example of each public event's data, as the README shows integrators; a test checks each
 * against its type's schema, so an example can never drift from what is sent.
 */
const stay: PublicStay = {
  stayId: '5b0e6f0c-8a43-4c43-9f7e-1d2c3b4a5f60',
  accommodationId: '2f9a1c3e-7b6d-4e5f-8a9b-0c1d2e3f4a5b',
  arrival: '2027-07-03',
  departure: '2027-07-10',
  nights: 7,
  occupants: [{ ageRangeId: '8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f', count: 2 }],
  price: { cents: 72500, currency: 'EUR' },
  touristTax: { cents: 1232, currency: 'EUR' },
};

const booking: PublicBooking = {
  bookingId: '7d1e2f3a-4b5c-4d6e-8f7a-0b1c2d3e4f5a',
  number: 42,
  status: 'CONFIRMED',
  origin: 'ONLINE',
  createdAt: '2026-12-02T21:14:05.123Z',
  stays: [stay],
  guest: {
    company: null,
    civility: 'Mme',
    lastName: 'Durand',
    firstName: 'Claire',
    address: '3 rue des Lilas',
    addressLine2: null,
    postalCode: '69003',
    city: 'Lyon',
    country: 'FR',
    phone1: '+33 6 12 34 56 78',
    phone2: null,
    phone3: null,
    email: 'claire.durand@example.org',
  },
};

const payment = { paymentId: 'b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e', date: '2026-12-03', method: 'CARD', amount: { cents: 21750, currency: 'EUR' } };

export const PUBLIC_EVENT_EXAMPLES: Record<PublicEventType, Record<string, unknown>> = {
  'booking.created': { booking: { ...booking, number: null, status: 'OPTION' } },
  'booking.numbered': { booking: { ...booking, status: 'OPTION' } },
  'booking.confirmed': { booking, previousStatus: 'OPTION' },
  'booking.paid': { booking: { ...booking, status: 'PAID' }, previousStatus: 'CONFIRMED' },
  'booking.cancelled': { booking: { ...booking, status: 'CANCELLED' }, previousStatus: 'CONFIRMED' },
  'booking.deleted': { bookingId: booking.bookingId, number: 42 },
  'booking.stay_changed': { booking, stayId: stay.stayId, previous: { ...stay, arrival: '2027-07-02', departure: '2027-07-09' } },
  'booking.guest_changed': { booking },
  'payment.recorded': { bookingId: booking.bookingId, number: 42, payment },
  'payment.refunded': { bookingId: booking.bookingId, number: 42, payment: { ...payment, method: 'TRANSFER', amount: { cents: 5000, currency: 'EUR' } } },
  'availability.changed': { accommodationId: stay.accommodationId, from: '2027-08-01', to: '2027-08-08', available: false, heldBy: 'IMPORT', bookingId: null },
  'rates.changed': { accommodationId: stay.accommodationId, periods: [{ from: '2027-07-01', to: '2027-08-31' }] },
};
