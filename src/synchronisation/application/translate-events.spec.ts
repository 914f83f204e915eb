import type { DecodedEvent } from '../../event-store/event-store.port';
import { PUBLIC_EVENTS } from '../domain/integration/public-events';
import { subjectKeys, translate, type SourceEvent, type Subject, type Translation } from './translate-events';

const OWNER = '0b9f6a3e-1c2d-4e5f-8a7b-9c0d1e2f3a4b';
const FILE = '7d1e2f3a-4b5c-4d6e-8f7a-0b1c2d3e4f5a';
const GITE = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const ADULTS = 'c0ffee00-1111-4222-8333-444455556666';

const guest = {
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
  fax: '+33 4 00 00 00 00',
  email: 'claire.durand@example.org',
};
const money = (cents: number) => ({ cents, currency: 'EUR' as const });
const stay = (arrival: string, departure: string, cents: number) => ({
  stayId: 'stay-1',
  holdId: 'hold-1',
  accommodationId: GITE,
  arrival,
  departure,
  occupants: [{ ageRangeId: ADULTS, count: 2 }],
  optionalSupplementIds: [],
  pricing: {
    accommodationPrice: money(cents),
    overridden: false,
    discounts: [],
    supplements: [{ supplementId: 'linen', label: { fr: 'Draps', en: 'Linen' }, amount: money(2500) }],
    touristTax: money(880),
  },
});

let revision = 0;
function recorded<E extends SourceEvent>(type: E['type'], data: E['data']): DecodedEvent<SourceEvent> {
  revision += 1;
  return {
    type,
    data,
    id: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
    streamName: 'any',
    revision,
    position: { commit: BigInt(revision), prepare: BigInt(revision) },
    metadata: {} as DecodedEvent['metadata'],
    recordedAt: new Date('2026-12-02T10:00:00Z'),
  } as unknown as DecodedEvent<SourceEvent>;
}

const opened = () =>
  recorded('DossierOpened', {
    dossierId: FILE,
    ownerId: OWNER,
    createdAt: '2026-12-02T10:00:00.000Z',
    timeZone: 'Europe/Paris',
    origin: 'ONLINE',
    guest,
    stays: [stay('2027-07-03', '2027-07-10', 70000)],
    note: 'Arrivée tardive',
    internalNote: 'Client fidèle',
    promoCode: null,
    deposit: { kind: 'ARRHES', percent: 30, dueDate: '2026-12-09' },
    balanceDueDate: '2027-06-03',
  } as never);

/** Translates events in order, the way the writer does, keeping what each remembers. */
function run(...events: DecodedEvent<SourceEvent>[]): { drafts: Translation['drafts'][number][]; known: Map<string, Subject> } {
  const known = new Map<string, Subject>();
  const drafts: Translation['drafts'][number][] = [];
  for (const event of events) {
    const translation = translate(event, known);
    drafts.push(...translation.drafts);
    for (const [key, subject] of translation.remember) known.set(key, subject);
  }
  return { drafts, known };
}

describe('translating domain events into public events', () => {
  it('opens a booking with its stays priced, its guest kept apart and nothing internal', () => {
    const { drafts } = run(opened());
    expect(drafts).toHaveLength(1);
    const [created] = drafts;
    expect(created).toMatchObject({ type: 'booking.created', ownerId: OWNER, accommodationId: GITE, accommodationIds: [GITE], orderingKey: `booking:${FILE}` });
    expect(created.data).toEqual({
      booking: {
        bookingId: FILE,
        number: null,
        status: 'OPTION',
        origin: 'ONLINE',
        createdAt: '2026-12-02T10:00:00.000Z',
        stays: [{ stayId: 'stay-1', accommodationId: GITE, arrival: '2027-07-03', departure: '2027-07-10', nights: 7, occupants: [{ ageRangeId: ADULTS, count: 2 }], price: money(72500), touristTax: money(880) }],
        guest: null,
      },
    });
    // The personal data travels apart, without the fax; the notes never leave the file.
    expect(created.guest).toMatchObject({ lastName: 'Durand', email: 'claire.durand@example.org' });
    expect(created.guest).not.toHaveProperty('fax');
    expect(JSON.stringify(created)).not.toMatch(/Client fidèle|Arrivée tardive|ARRHES/);
  });

  it('tells each later change with the booking as it now stands', () => {
    const { drafts } = run(
      opened(),
      recorded('DossierNumbered', { dossierId: FILE, ownerId: OWNER, number: 42 }),
      recorded('StayChanged', { dossierId: FILE, ownerId: OWNER, stay: stay('2027-07-04', '2027-07-11', 71000), previous: stay('2027-07-03', '2027-07-10', 70000) }),
      recorded('DossierStatusChanged', { dossierId: FILE, ownerId: OWNER, from: 'OPTION', to: 'CONFIRMED' }),
      recorded('DossierStatusChanged', { dossierId: FILE, ownerId: OWNER, from: 'CONFIRMED', to: 'PAID' }),
      recorded('DossierStatusChanged', { dossierId: FILE, ownerId: OWNER, from: 'PAID', to: 'CANCELLED' }),
      recorded('DossierDeleted', { dossierId: FILE, ownerId: OWNER, holdIds: ['hold-1'] }),
    );
    expect(drafts.map((d) => d.type)).toEqual(['booking.created', 'booking.numbered', 'booking.stay_changed', 'booking.confirmed', 'booking.paid', 'booking.cancelled', 'booking.deleted']);
    expect(drafts[1].data).toMatchObject({ booking: { number: 42 } });
    expect(drafts[2].data).toMatchObject({ stayId: 'stay-1', booking: { number: 42, stays: [{ arrival: '2027-07-04', price: money(73500) }] }, previous: { arrival: '2027-07-03', price: money(72500) } });
    expect(drafts[4].data).toMatchObject({ booking: { status: 'PAID' }, previousStatus: 'CONFIRMED' });
    expect(drafts[6].data).toEqual({ bookingId: FILE, number: 42 });
  });

  it('says nothing of a status no one needs told (back to OPTION) but shows it next time', () => {
    const { drafts } = run(
      opened(),
      recorded('DossierStatusChanged', { dossierId: FILE, ownerId: OWNER, from: 'CONFIRMED', to: 'OPTION' }),
      recorded('DossierNumbered', { dossierId: FILE, ownerId: OWNER, number: 7 }),
    );
    expect(drafts.map((d) => d.type)).toEqual(['booking.created', 'booking.numbered']);
    expect(drafts[1].data).toMatchObject({ booking: { status: 'OPTION', number: 7 } });
  });

  it('makes nothing up for a file opened before the translation began', () => {
    expect(run(recorded('DossierStatusChanged', { dossierId: FILE, ownerId: OWNER, from: 'OPTION', to: 'PAID' })).drafts).toEqual([]);
  });

  it('records a payment, and tells a negative one as a refund of a positive amount', () => {
    const payment = (cents: number) => ({ paymentId: `p${cents}`, date: '2026-12-03', method: 'TRANSFER' as const, amount: money(cents), note: 'virement de Mme Durand' });
    const { drafts } = run(
      opened(),
      recorded('PaymentRecorded', { dossierId: FILE, ownerId: OWNER, payment: payment(21750) }),
      recorded('PaymentRecorded', { dossierId: FILE, ownerId: OWNER, payment: payment(-5000) }),
    );
    expect(drafts.slice(1).map((d) => [d.type, d.data])).toEqual([
      ['payment.recorded', { bookingId: FILE, number: null, payment: { paymentId: 'p21750', date: '2026-12-03', method: 'TRANSFER', amount: money(21750) } }],
      ['payment.refunded', { bookingId: FILE, number: null, payment: { paymentId: 'p-5000', date: '2026-12-03', method: 'TRANSFER', amount: money(5000) } }],
    ]);
    expect(drafts[1].orderingKey).toBe(`booking:${FILE}`);
  });

  it('tells an online refund only when no file took the payment (a file’s ledger tells its own)', () => {
    const PAID = 'e5e5e5e5-0000-4000-8000-000000000001';
    const refund = () => recorded('OnlinePaymentRefunded', { onlinePaymentId: PAID, ownerId: OWNER, refundId: 'r1', amount: money(14962), reason: 'ALREADY_PAID', providerRefundId: 're_1' });
    const lost = run(refund());
    expect(lost.drafts).toEqual([
      expect.objectContaining({ type: 'payment.refunded', accommodationId: null, data: { bookingId: null, number: null, payment: { paymentId: 'r1', date: '2026-12-02', method: 'ONLINE', amount: money(14962) } } }),
    ]);
    expect(run(recorded('OnlinePaymentSettled', { onlinePaymentId: PAID, ownerId: OWNER, dossierId: FILE }), refund()).drafts).toEqual([]);
  });

  it.each([
    ['DOSSIER', 'BOOKING', FILE],
    ['BLOCK', 'BLOCK', null],
    ['IMPORTED', 'IMPORT', null],
    ['PENDING_PAYMENT', 'PENDING_PAYMENT', null],
  ] as const)('tells nights held by a %s hold as taken by %s, without its reason', (kind, heldBy, bookingId) => {
    const hold = { holdId: 'h1', kind, arrival: '2027-02-01', departure: '2027-02-08', dossierId: kind === 'DOSSIER' || kind === 'PENDING_PAYMENT' ? FILE : null, reason: 'Travaux chez M. Martin' };
    const { drafts } = run(recorded('NightsHeld', { accommodationId: GITE, ownerId: OWNER, hold }), recorded('NightsReleased', { accommodationId: GITE, ownerId: OWNER, hold }));
    expect(drafts.map((d) => d.data)).toEqual([
      { accommodationId: GITE, from: '2027-02-01', to: '2027-02-08', available: false, heldBy, bookingId },
      { accommodationId: GITE, from: '2027-02-01', to: '2027-02-08', available: true, heldBy, bookingId },
    ]);
    expect(drafts[0]).toMatchObject({ type: 'availability.changed', orderingKey: `accommodation:${GITE}`, guest: null });
  });

  it('tells rates changed over the periods set, or over any date when rates are deleted', () => {
    const set = recorded('RatesSet', { accommodationId: GITE, ownerId: OWNER, setting: { periods: [{ from: '2027-07-01', to: '2027-08-31' }] } } as never);
    const deleted = recorded('RatesDeleted', { accommodationId: GITE, ownerId: OWNER, stayRateIds: ['r1'] });
    expect(run(set, deleted).drafts.map((d) => [d.type, d.data])).toEqual([
      ['rates.changed', { accommodationId: GITE, periods: [{ from: '2027-07-01', to: '2027-08-31' }] }],
      ['rates.changed', { accommodationId: GITE, periods: null }],
    ]);
  });

  it('gives data of exactly the published shape for every event it makes', () => {
    const { drafts } = run(
      opened(),
      recorded('DossierNumbered', { dossierId: FILE, ownerId: OWNER, number: 42 }),
      recorded('StayAdded', { dossierId: FILE, ownerId: OWNER, stay: { ...stay('2027-08-01', '2027-08-05', 30000), stayId: 'stay-2' } }),
      recorded('DossierStatusChanged', { dossierId: FILE, ownerId: OWNER, from: 'OPTION', to: 'CONFIRMED' }),
      recorded('PaymentRecorded', { dossierId: FILE, ownerId: OWNER, payment: { paymentId: 'p', date: '2026-12-03', method: 'CARD', amount: money(100), note: null } }),
      recorded('DossierDeleted', { dossierId: FILE, ownerId: OWNER, holdIds: [] }),
    );
    for (const draft of drafts) {
      const parsed = PUBLIC_EVENTS[draft.type].schema.safeParse(draft.data);
      expect({ type: draft.type, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ type: draft.type, issues: [] });
    }
    expect(drafts[2].data).toMatchObject({ stayId: 'stay-2', previous: null });
  });

  it('names the subjects a translation reads', () => {
    expect(subjectKeys(opened() as SourceEvent)).toEqual([`booking:${FILE}`]);
    expect(subjectKeys(recorded('OnlinePaymentSettled', { onlinePaymentId: 'x', ownerId: OWNER, dossierId: FILE }) as SourceEvent)).toEqual(['online-payment:x']);
    expect(subjectKeys(recorded('RatesDeleted', { accommodationId: GITE, ownerId: OWNER, stayRateIds: [] }) as SourceEvent)).toEqual([]);
  });
});
