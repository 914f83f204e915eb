import { guest } from '../../../test/support/reservation-fixtures';
import type { DecodedEvent } from '../../event-store/event-store.port';
import { event } from '../../shared/kernel/message';
import { euros } from '../../shared/kernel/money';
import type { DossierEvent } from '../domain/dossier/dossier.events';
import { evolveDossierDocument, foldDossierDocument, type DossierDocument } from './dossier-document';

const addressed = { dossierId: 'dossier-1', ownerId: 'owner-1' };
let revision = 0;
const delivered = (e: DossierEvent): DecodedEvent<DossierEvent> => {
  revision += 1;
  return { ...e, id: `event-${revision}`, streamName: 'dossier-dossier-1', revision, position: { commit: BigInt(revision), prepare: BigInt(revision) }, metadata: { occurredAt: '2026-06-01T09:00:00.000Z', actor: { kind: 'owner', id: 'owner-1' }, correlationId: 'c', causationId: null }, recordedAt: new Date() };
};

/** 250 € in the gîte, 5 € of cleaning, a 25 % acompte. */
const OPENED: DossierEvent = event('DossierOpened', {
  ...addressed,
  createdAt: '2026-06-01T09:00:00.000Z',
  timeZone: 'Europe/Paris',
  origin: 'BACK_OFFICE' as const,
  destinationId: null,
  guest: guest(),
  stays: [
    {
      stayId: 'stay-1',
      holdId: 'hold-1',
      accommodationId: 'acc-gite',
      arrival: '2026-07-04',
      departure: '2026-07-11',
      occupants: [],
      optionalSupplementIds: [],
      pricing: { accommodationPrice: euros(25_000), overridden: false, discounts: [], supplements: [{ supplementId: 's', label: { fr: 'Ménage', en: null }, amount: euros(500) }], touristTax: euros(0) },
    },
  ],
  note: null,
  internalNote: null,
  promoCode: null,
  deposit: { kind: 'ACOMPTE' as const, percent: 25, dueDate: '2026-06-11' },
  balanceDueDate: '2026-07-04',
});

describe('the booking file as the back office reads it', () => {
  it('shows the owner’s discount, what it takes off, and the sums after it', () =>
    expect(foldDossierDocument([OPENED, event('DossierDiscountSet', { ...addressed, discount: { kind: 'PERCENT' as const, percent: 10, label: null }, previous: null })].map(delivered))).toMatchObject({
      discount: { kind: 'PERCENT', percent: 10 },
      discountAmount: euros(2_500),
      total: euros(23_000),
      deposit: { amount: euros(5_625) },
    }));

  it('shows the day an unpaid option goes, and that it went', () =>
    expect(
      foldDossierDocument(
        [OPENED, event('OptionReleaseScheduled', { ...addressed, depositDueDate: '2026-06-11', releaseOn: '2026-06-14' }), event('OptionReleased', { ...addressed, depositDueDate: '2026-06-11' })].map(delivered),
      ),
    ).toMatchObject({ releaseNotice: { depositDueDate: '2026-06-11', releaseOn: '2026-06-14', released: true } }));

  it('goes on from a row folded before discounts and notices existed', () => {
    const stored = foldDossierDocument([delivered(OPENED)]);
    if (stored === null) throw new Error('no document');
    const old = Object.fromEntries(Object.entries(stored).filter(([field]) => !['discount', 'discountAmount', 'releaseNotice'].includes(field)));
    const after = evolveDossierDocument(old as unknown as DossierDocument, delivered(event('DepositPercentChanged', { ...addressed, percent: 40, previous: 25 })));
    expect(after).toMatchObject({ discount: null, releaseNotice: null, discountAmount: euros(0), total: euros(25_500), deposit: { percent: 40, amount: euros(10_000) } });
  });
});
