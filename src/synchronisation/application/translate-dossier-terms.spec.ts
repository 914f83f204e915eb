import type { DecodedEvent } from '../../event-store/event-store.port';
import { PUBLIC_EVENTS } from '../domain/integration/public-events';
import { translate, type SourceEvent, type Subject } from './translate-events';

const OWNER = '0b9f6a3e-1c2d-4e5f-8a7b-9c0d1e2f3a4b';
const FILE = '7d1e2f3a-4b5c-4d6e-8f7a-0b1c2d3e4f5a';
const GITE = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const money = (cents: number) => ({ cents, currency: 'EUR' as const });
const addressed = { dossierId: FILE, ownerId: OWNER };

/** A file integrators already know: one week at 700 €, its 25 € linen included in the stay's price. */
const KNOWN = new Map<string, Subject>([
  [
    `booking:${FILE}`,
    {
      kind: 'booking',
      ownerId: OWNER,
      guest: { company: null, civility: null, lastName: 'Durand', firstName: null, address: null, addressLine2: null, postalCode: null, city: null, country: null, phone1: null, phone2: null, phone3: null, email: null },
      booking: {
        bookingId: FILE,
        number: 12,
        status: 'OPTION',
        origin: 'ONLINE',
        createdAt: '2026-12-02T10:00:00.000Z',
        stays: [{ stayId: 'stay-1', accommodationId: GITE, arrival: '2027-07-03', departure: '2027-07-10', nights: 7, occupants: [], price: money(72_500), touristTax: money(880) }],
        guest: null,
      },
    },
  ],
]);

const recorded = (type: string, data: object): DecodedEvent<SourceEvent> =>
  ({ type, data, id: 'e-1', streamName: `dossier-${FILE}`, revision: 3, position: { commit: 3n, prepare: 3n }, metadata: {}, recordedAt: new Date('2026-12-03T10:00:00Z') }) as unknown as DecodedEvent<SourceEvent>;

describe('translating the terms an owner sets by hand', () => {
  it('tells a stay’s price set by hand as a change of the stay, in its published shape', () => {
    const { drafts } = translate(recorded('StayPriceSet', { ...addressed, stayId: 'stay-1', accommodationPrice: money(65_000), previous: money(70_000) }), KNOWN);
    expect(drafts.map((d) => d.type)).toEqual(['booking.stay_changed']);
    expect(drafts[0].data).toMatchObject({ stayId: 'stay-1', booking: { stays: [{ price: money(67_500) }] }, previous: { price: money(72_500) } });
    expect(PUBLIC_EVENTS['booking.stay_changed'].schema.safeParse(drafts[0].data).success).toBe(true);
  });

  it.each([
    ['DepositPercentChanged', { ...addressed, percent: 40, previous: 25 }],
    ['DossierDiscountSet', { ...addressed, discount: { kind: 'AMOUNT', amount: money(1_000), label: null }, previous: null }],
    ['OptionReleaseScheduled', { ...addressed, depositDueDate: '2026-12-09', releaseOn: '2026-12-12' }],
    ['OptionReleased', { ...addressed, depositDueDate: '2026-12-09' }],
  ])('says nothing of %s: nothing integrators see changes (a release is told by the status it moves)', (type, data) =>
    expect(translate(recorded(type, data), KNOWN)).toEqual({ drafts: [], remember: [] }));
});
