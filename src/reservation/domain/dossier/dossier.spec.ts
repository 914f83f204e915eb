import { guest } from '../../../../test/support/reservation-fixtures';
import { euros } from '../../../shared/kernel/money';
import { lifecycleStatus, spanOf, stayPrice, totalsOf, type Dossier, type DossierStay, type GlobalSupplement, type ReceivedPayment, type StayPricing } from './dossier';

const pricing = (accommodationCents: number, supplementCents: number[] = [500], overrides: Partial<StayPricing> = {}): StayPricing => ({
  accommodationPrice: euros(accommodationCents),
  overridden: false,
  discounts: [],
  supplements: supplementCents.map((cents, i) => ({ supplementId: `sup-${i}`, label: { fr: `Supplément ${i}`, en: null }, amount: euros(cents) })),
  touristTax: euros(0),
  ...overrides,
});

const stay = (accommodationId: string, stayPricing: StayPricing, arrival = '2026-07-04', departure = '2026-07-11'): DossierStay => ({
  stayId: `stay-${accommodationId}`,
  holdId: `hold-${accommodationId}`,
  accommodationId,
  arrival,
  departure,
  occupants: [{ ageRangeId: 'age-adults', count: 2 }],
  optionalSupplementIds: [],
  pricing: stayPricing,
});

const paid = (...cents: number[]): ReceivedPayment[] =>
  cents.map((amount, i) => ({ paymentId: `pay-${i}`, date: '2026-03-05', method: 'TRANSFER', amount: euros(amount), note: amount < 0 ? 'Refund' : null }));

const fees = (cents: number): GlobalSupplement => ({ supplementId: 'sup-fees', label: 'Frais d’annulation', amount: euros(cents) });

const dossier = (overrides: Partial<Dossier> = {}): Dossier => ({
  dossierId: 'dossier-1',
  ownerId: 'owner-1',
  number: 1,
  createdAt: '2026-03-01T09:30:00.000Z',
  timeZone: 'Europe/Paris',
  origin: 'BACK_OFFICE',
  destinationId: null,
  guest: guest({ firstName: 'Claire' }),
  stays: [stay('acc-gite', pricing(25_000))],
  touristTaxes: [],
  globalSupplements: [],
  note: null,
  internalNote: null,
  contractSigned: false,
  promoCode: null,
  deposit: { kind: 'ACOMPTE', percent: 25, dueDate: '2026-03-11' },
  balanceDueDate: '2026-07-04',
  discount: null,
  releaseNotice: null,
  payments: [],
  confirmedByHand: false,
  status: 'OPTION',
  cancellation: null,
  deleted: false,
  erased: false,
  ...overrides,
});

/** The totals in cents, as the worked figures read them. */
const totals = (overrides: Partial<Dossier>) => {
  const { total, paid: received, balance, depositAmount } = totalsOf(dossier(overrides));
  return { total: total.cents, paid: received.cents, balance: balance.cents, deposit: depositAmount.cents };
};

describe('Price of a stay', () => {
  it('is the accommodation price plus its supplements', () => expect(stayPrice(pricing(25_000, [500, 1_200]))).toEqual(euros(26_700)));

  it('does not take the discounts off again: the accommodation price is already after them', () =>
    expect(stayPrice(pricing(4_250, [500], { discounts: [{ label: { fr: 'Remise', en: null }, amount: euros(750) }] }))).toEqual(euros(4_750)));

  it('leaves the tourist tax apart', () => expect(stayPrice(pricing(25_000, [500], { touristTax: euros(1_540) }))).toEqual(euros(25_500)));
});

describe('Totals of a booking file', () => {
  describe('the manual’s worked figures', () => {
    it('asks 62.50 € of a 255 € file: 250 € of accommodation and a 5 € supplement', () =>
      expect(totals({ stays: [stay('acc-gite', pricing(25_000))] })).toEqual({ total: 25_500, paid: 0, balance: 25_500, deposit: 6_250 }));

    it('leaves a balance of 192.50 € once the 62.50 € deposit is paid', () =>
      expect(totals({ payments: paid(6_250) })).toEqual({ total: 25_500, paid: 6_250, balance: 19_250, deposit: 6_250 }));

    it('leaves nothing to pay once the 192.50 € balance is paid too', () => expect(totals({ payments: paid(6_250, 19_250) })).toMatchObject({ paid: 25_500, balance: 0 }));

    it('asks 87.50 € of a 355 € file: 350 € of accommodation and a 5 € supplement', () =>
      expect(totals({ stays: [stay('acc-gite', pricing(35_000))] })).toMatchObject({ total: 35_500, deposit: 8_750 }));

    it('rounds 25 % of 42.50 € half to even, to 10.62 €, on a 47.50 € file', () =>
      expect(totals({ stays: [stay('acc-gite', pricing(4_250))] })).toMatchObject({ total: 4_750, deposit: 1_062 }));

    it('leaves 36.88 € on the 47.50 € file once its 10.62 € deposit is paid', () =>
      expect(totals({ stays: [stay('acc-gite', pricing(4_250))], payments: paid(1_062) })).toMatchObject({ balance: 3_688 }));
  });

  describe('once cancelled', () => {
    const cancellation = { reason: 'Guest withdrew', at: '2026-04-02T08:00:00.000Z', by: 'GUEST' as const };
    const fees = [{ supplementId: 'fees', label: 'Frais d’annulation', amount: euros(6_250) }];

    it('owes nothing for its stays any more', () => expect(totals({ cancellation })).toMatchObject({ total: 0, balance: 0 }));

    it('owes its cancellation fees, which the kept deposit pays', () =>
      expect(totals({ cancellation, globalSupplements: fees, payments: paid(6_250) })).toMatchObject({ total: 6_250, paid: 6_250, balance: 0 }));

    it('shows what was paid beyond the fees as a negative balance: owed back to the guest unless kept', () =>
      expect(totals({ cancellation, payments: paid(6_250) })).toMatchObject({ total: 0, balance: -6_250 }));
  });

  it('rounds a half cent up when the cent below is odd: 25 % of 42.70 € is 10.68 €', () => expect(totals({ stays: [stay('acc-gite', pricing(4_270))] }).deposit).toBe(1_068));

  it('takes the deposit on the accommodation alone, supplements excluded', () =>
    expect(totals({ stays: [stay('acc-gite', pricing(25_000, [500, 4_000]))] })).toMatchObject({ total: 29_500, deposit: 6_250 }));

  it('counts global supplements in the total but not in the deposit', () =>
    expect(totals({ globalSupplements: [fees(3_000)] })).toMatchObject({ total: 28_500, balance: 28_500, deposit: 6_250 }));

  it('sums the stays of a file, and their deposits', () =>
    expect(totals({ stays: [stay('acc-gite', pricing(25_000)), stay('acc-studio', pricing(35_000))] })).toMatchObject({ total: 61_000, deposit: 15_000 }));

  it('keeps the tourist tax out of the total', () => expect(totals({ stays: [stay('acc-gite', pricing(25_000, [500], { touristTax: euros(1_540) }))] }).total).toBe(25_500));

  it('takes the file’s own percentage, such as 100 % for a stay booked at the last minute', () =>
    expect(totals({ deposit: { kind: 'ACOMPTE', percent: 100, dueDate: '2026-07-01' } }).deposit).toBe(25_000));

  it('takes refunds off what was paid', () => expect(totals({ payments: paid(25_500, -5_000) })).toMatchObject({ paid: 20_500, balance: 5_000 }));

  it('shows an overpayment as a negative balance', () => expect(totals({ payments: paid(26_000) }).balance).toBe(-500));
});

describe('Status of a booking file', () => {
  it('is an option while nothing is paid and the owner has not confirmed it', () => expect(lifecycleStatus(dossier())).toBe('OPTION'));

  it('is confirmed once the owner confirms it by hand, though nothing is paid', () => expect(lifecycleStatus(dossier({ confirmedByHand: true }))).toBe('CONFIRMED'));

  it('is confirmed once a payment arrives that leaves a balance', () => expect(lifecycleStatus(dossier({ payments: paid(6_250) }))).toBe('CONFIRMED'));

  it('is paid once payments cover the total', () => expect(lifecycleStatus(dossier({ payments: paid(6_250, 19_250) }))).toBe('PAID'));

  it('is paid when payments exceed the total', () => expect(lifecycleStatus(dossier({ payments: paid(26_000) }))).toBe('PAID'));

  it('is confirmed again when a refund leaves a balance', () => expect(lifecycleStatus(dossier({ payments: paid(25_500, -1_000) }))).toBe('CONFIRMED'));

  it('is confirmed again when the total grows past the payments', () => expect(lifecycleStatus(dossier({ payments: paid(25_500), globalSupplements: [fees(1_000)] }))).toBe('CONFIRMED'));

  it.each([
    ['an option', {}],
    ['a file confirmed by hand', { confirmedByHand: true }],
    ['a paid file', { payments: paid(25_500) }],
  ])('is cancelled for good once %s is cancelled', (_, overrides: Partial<Dossier>) =>
    expect(lifecycleStatus(dossier({ ...overrides, cancellation: { reason: null, at: '2026-04-02T08:00:00.000Z', by: null } }))).toBe('CANCELLED'));
});

describe('Span of a booking file', () => {
  it('runs from the arrival to the departure of a single stay', () => expect(spanOf(dossier())).toEqual({ arrival: '2026-07-04', departure: '2026-07-11' }));

  it('runs from the first arrival to the last departure of its stays, whatever their order', () =>
    expect(
      spanOf({
        stays: [stay('acc-studio', pricing(35_000), '2026-07-06', '2026-07-09'), stay('acc-gite', pricing(25_000), '2026-07-04', '2026-07-08'), stay('acc-room', pricing(9_000), '2026-07-05', '2026-07-12')],
      }),
    ).toEqual({ arrival: '2026-07-04', departure: '2026-07-12' }));
});
