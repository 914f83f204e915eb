import { givenDecider } from '../../../../test/support/decider-spec';
import { storedAs } from '../../../../test/support/event-contract-spec';
import { guest } from '../../../../test/support/reservation-fixtures';
import { fold } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import { totalsOf, type DossierStay, type HandDiscount } from './dossier';
import { dossierDecider, type DossierCommand, type DossierEvent } from './dossier.decider';
import { DepositPercentOutOfRange, DiscountTooLarge, DossierTotalOutOfRange, DueDatesIncoherent, LifecycleForbids, TotalAboveLines } from './dossier.errors';
import { dossierEvents, type DossierOpened } from './dossier.events';
import { depositPercent } from './dossier-terms';

const addressed = { dossierId: 'dossier-1', ownerId: 'owner-1' };
const given = givenDecider(dossierDecider);

/** A week in the gîte: `accommodationCents` plus a 5 € cleaning supplement. */
const gite = (accommodationCents: number): DossierStay => ({
  stayId: 'stay-gite',
  holdId: 'hold-gite',
  accommodationId: 'acc-gite',
  arrival: '2026-07-04',
  departure: '2026-07-11',
  occupants: [{ ageRangeId: 'age-adults', count: 2 }],
  optionalSupplementIds: [],
  pricing: {
    accommodationPrice: euros(accommodationCents),
    overridden: false,
    discounts: [{ label: { fr: 'Promotion', en: 'Promotion' }, amount: euros(1_000) }],
    supplements: [{ supplementId: 'sup-cleaning', label: { fr: 'Ménage', en: 'Cleaning' }, amount: euros(500) }],
    touristTax: euros(0),
  },
});

const opened = (accommodationCents = 25_000): DossierEvent =>
  event('DossierOpened', {
    ...addressed,
    createdAt: '2026-03-01T09:30:00.000Z',
    timeZone: 'Europe/Paris',
    origin: 'BACK_OFFICE',
    destinationId: null,
    guest: guest(),
    stays: [gite(accommodationCents)],
    note: null,
    internalNote: null,
    promoCode: null,
    deposit: { kind: 'ACOMPTE', percent: 25, dueDate: '2026-03-11' },
    balanceDueDate: '2026-07-04',
  } satisfies DossierOpened);

/** 10:00 in Paris on 5 March 2026. */
const NOW = '2026-03-05T09:00:00.000Z';
const AN_OPTION = [opened()];
const paid = (cents: number): DossierEvent => event('PaymentReceived', { ...addressed, payment: { paymentId: `pay-${cents}`, date: '2026-03-05', method: 'TRANSFER' as const, amount: euros(cents), note: null } });
const statusChanged = (from: 'OPTION' | 'CONFIRMED' | 'PAID' | 'CANCELLED', to: 'OPTION' | 'CONFIRMED' | 'PAID' | 'CANCELLED'): DossierEvent => event('DossierStatusChanged', { ...addressed, from, to });
const A_PAID_FILE = [...AN_OPTION, paid(25_500), statusChanged('OPTION', 'PAID')];
const A_CANCELLED_FILE = [...AN_OPTION, event('DossierCancelled', { ...addressed, reason: null, cancelledAt: NOW, by: null }), statusChanged('OPTION', 'CANCELLED')];

const terms = (asked: { depositPercent?: number; depositDueDate?: string; balanceDueDate?: string }, now = NOW): DossierCommand =>
  command('SetDepositTerms', { ...addressed, depositPercent: asked.depositPercent ?? null, depositDueDate: asked.depositDueDate ?? null, balanceDueDate: asked.balanceDueDate ?? null, now });
const stayPrice = (cents: number, stayId = 'stay-gite'): DossierCommand => command('SetStayPrice', { ...addressed, stayId, price: euros(cents) });
const discount = (given: HandDiscount | null): DossierCommand => command('SetDiscount', { ...addressed, discount: given });
const total = (cents: number, label: string | null = null): DossierCommand => command('SetTotal', { ...addressed, total: euros(cents), label });

const amountOff = (cents: number, label: string | null = null): HandDiscount => ({ kind: 'AMOUNT', amount: euros(cents), label });
const percentOff = (percent: number, label: string | null = null): HandDiscount => ({ kind: 'PERCENT', percent, label });
const discountSet = (discount: HandDiscount | null, previous: HandDiscount | null = null): DossierEvent => event('DossierDiscountSet', { ...addressed, discount, previous });

/** The file's sums in cents after these events. */
function sums(history: DossierEvent[]) {
  const state = fold(dossierDecider, history);
  if (state === null) throw new Error('no file');
  const { total: owed, depositAmount, discount: off, balance } = totalsOf(state);
  return { total: owed.cents, deposit: depositAmount.cents, discount: off.cents, balance: balance.cents };
}

describe('Booking file terms set by hand', () => {
  describe('the deposit percentage', () => {
    it('records the new percentage, and the deposit follows it', () => {
      given(AN_OPTION).when(terms({ depositPercent: 40 })).then([event('DepositPercentChanged', { ...addressed, percent: 40, previous: 25 })]);
      expect(sums([...AN_OPTION, event('DepositPercentChanged', { ...addressed, percent: 40, previous: 25 })]).deposit).toBe(10_000);
    });

    it('records nothing when the percentage is the file’s already', () => given(AN_OPTION).when(terms({ depositPercent: 25 })).thenNothing());

    it.each([0, 100, 33.33])('takes %s %%', (value) => expect(depositPercent('depositPercent', value)).toBe(value));

    it.each([-1, 100.01, 12.345, Number.NaN])('refuses %s %% by name', (value) =>
      expect(() => depositPercent('input.depositPercent', value)).toThrow(expect.objectContaining({ name: DepositPercentOutOfRange.name, field: 'input.depositPercent', reason: 'DEPOSIT_PERCENT_OUT_OF_RANGE' }) as Error));
  });

  describe('the due dates', () => {
    const moved = (depositDueDate: string, balanceDueDate = '2026-07-04'): DossierEvent => event('DueDatesMoved', { ...addressed, depositDueDate, balanceDueDate });

    it('gives the guest more time for the deposit, the balance left as it was (a "relance")', () =>
      given(AN_OPTION).when(terms({ depositDueDate: '2026-03-25' })).then([moved('2026-03-25')]));

    it('moves the balance alone', () => given(AN_OPTION).when(terms({ balanceDueDate: '2026-06-20' })).then([moved('2026-03-11', '2026-06-20')]));

    it('records the percentage and the dates as one change', () =>
      given(AN_OPTION).when(terms({ depositPercent: 30, depositDueDate: '2026-03-20' })).then([event('DepositPercentChanged', { ...addressed, percent: 30, previous: 25 }), moved('2026-03-20')]));

    it('refuses a deposit due after the balance, naming the rule', () =>
      given(AN_OPTION).when(terms({ depositDueDate: '2026-05-01', balanceDueDate: '2026-04-01' })).thenThrows(DueDatesIncoherent, { field: 'depositDueDate', reason: 'DEPOSIT_DUE_AFTER_BALANCE' }));

    it('refuses a balance moved before the deposit’s due date', () =>
      given([...AN_OPTION, moved('2026-04-10')]).when(terms({ balanceDueDate: '2026-04-01' })).thenThrows(DueDatesIncoherent, { field: 'balanceDueDate', reason: 'DEPOSIT_DUE_AFTER_BALANCE' }));

    it('refuses a deposit due after the arrival', () =>
      given(AN_OPTION).when(terms({ depositDueDate: '2026-07-05', balanceDueDate: '2026-07-06' })).thenThrows(DueDatesIncoherent, { field: 'depositDueDate', reason: 'DEPOSIT_DUE_AFTER_ARRIVAL' }));

    it('refuses a balance due after the stay ends', () =>
      given(AN_OPTION).when(terms({ balanceDueDate: '2026-07-12' })).thenThrows(DueDatesIncoherent, { field: 'balanceDueDate', reason: 'BALANCE_DUE_AFTER_DEPARTURE' }));

    it('refuses a date moved into the past, today being the day where the gîte is', () => {
      // 23:30 on 4 March in Paris is still the 4th there.
      given(AN_OPTION).when(terms({ depositDueDate: '2026-03-04' }, '2026-03-04T22:30:00.000Z')).then([moved('2026-03-04')]);
      given(AN_OPTION).when(terms({ depositDueDate: '2026-03-04' }, '2026-03-04T23:30:00.000Z')).thenThrows(DueDatesIncoherent, { reason: 'DUE_DATE_IN_THE_PAST' });
    });

    it('leaves a past due date the owner did not touch as it is', () =>
      given(AN_OPTION).when(terms({ depositPercent: 30 }, '2026-03-20T09:00:00.000Z')).then([event('DepositPercentChanged', { ...addressed, percent: 30, previous: 25 })]));

    it('refuses every term of a cancelled file', () => given(A_CANCELLED_FILE).when(terms({ depositPercent: 30 })).thenThrows(LifecycleForbids, 'A cancelled booking file cannot be given other deposit terms'));
  });

  describe('a stay’s price', () => {
    const priceSet = (cents: number, previous = 25_000): DossierEvent => event('StayPriceSet', { ...addressed, stayId: 'stay-gite', accommodationPrice: euros(cents), previous: euros(previous), touristTax: null });

    it('sets the owner’s price in place of the quote’s and its discounts, kept through re-pricing', () => {
      given(AN_OPTION).when(stayPrice(22_000)).then([priceSet(22_000)]);
      const [stay] = fold(dossierDecider, [...AN_OPTION, priceSet(22_000)])?.stays ?? [];
      expect(stay.pricing).toMatchObject({ accommodationPrice: euros(22_000), overridden: true, discounts: [], supplements: [{ amount: euros(500) }] });
      expect(sums([...AN_OPTION, priceSet(22_000)])).toMatchObject({ total: 22_500, deposit: 5_500 });
    });

    it('records nothing for the owner’s own price set again', () => given([...AN_OPTION, priceSet(22_000)]).when(stayPrice(22_000)).thenNothing());

    it('makes a paid file owe again when the price goes up', () =>
      given(A_PAID_FILE)
        .when(stayPrice(30_000))
        .then([priceSet(30_000), statusChanged('PAID', 'CONFIRMED')]));

    it('refuses a stay the file does not have', () => given(AN_OPTION).when(stayPrice(1_000, 'stay-other')).thenThrows(Conflict));
  });

  describe('a discount by hand', () => {
    it('takes the manual’s 7.50 € off a 50 € stay: 47.50 € with cleaning, a deposit of 10.62 €, 36.88 € left', () => {
      const fifty = [opened(5_000)];
      given(fifty).when(discount(amountOff(750))).then([discountSet(amountOff(750))]);
      const after = [...fifty, discountSet(amountOff(750))];
      expect(sums(after)).toEqual({ total: 4_750, deposit: 1_062, discount: 750, balance: 4_750 });
      expect(sums([...after, paid(1_062)]).balance).toBe(3_688);
    });

    it('takes a percentage of the accommodation price, never of the supplements', () =>
      expect(sums([...AN_OPTION, discountSet(percentOff(10))])).toEqual({ total: 23_000, deposit: 5_625, discount: 2_500, balance: 23_000 }));

    it('replaces one discount by another, and takes it back', () => {
      given([...AN_OPTION, discountSet(amountOff(1_000))]).when(discount(percentOff(5, 'Fidélité'))).then([discountSet(percentOff(5, 'Fidélité'), amountOff(1_000))]);
      given([...AN_OPTION, discountSet(amountOff(1_000))]).when(discount(null)).then([discountSet(null, amountOff(1_000))]);
      given(AN_OPTION).when(discount(null)).thenNothing();
    });

    it('refuses to take off more than the accommodation prices', () =>
      given(AN_OPTION).when(discount(amountOff(25_001))).thenThrows(DiscountTooLarge, { field: 'discount', reason: 'DISCOUNT_TOO_LARGE' }));

    it('never makes the total negative', () => {
      const reduced = [...AN_OPTION, event('GlobalSupplementAdded', { ...addressed, supplement: { supplementId: 'sup-reduction', label: 'Geste', amount: euros(-10_000) } })];
      given(reduced).when(discount(amountOff(20_000))).thenThrows(DossierTotalOutOfRange, { field: 'discount' });
    });

    it('refuses a discount on a cancelled file', () => given(A_CANCELLED_FILE).when(discount(amountOff(100))).thenThrows(LifecycleForbids));
  });

  describe('the total agreed with the guest', () => {
    it('gives the difference from the lines as a discount', () => given(AN_OPTION).when(total(24_000, 'Prix convenu')).then([discountSet(amountOff(1_500, 'Prix convenu'))]));

    it('takes the discount back when the total is what the lines come to', () =>
      given([...AN_OPTION, discountSet(amountOff(1_500))]).when(total(25_500)).then([discountSet(null, amountOff(1_500))]));

    it('refuses a total above the lines', () => given(AN_OPTION).when(total(26_000)).thenThrows(TotalAboveLines, { field: 'cents', reason: 'TOTAL_ABOVE_LINES' }));

    it('refuses a total below the supplements alone', () => given(AN_OPTION).when(total(400)).thenThrows(DiscountTooLarge, { field: 'cents' }));
  });

  it('reads a StayPriceSet of version 1 as leaving the tax as it was', () =>
    expect(dossierEvents.decode({ type: 'StayPriceSet', schemaVersion: 1, data: { ...addressed, stayId: 'stay-gite', accommodationPrice: euros(22_000), previous: euros(25_000) } }).data).toEqual({
      ...addressed,
      stayId: 'stay-gite',
      accommodationPrice: euros(22_000),
      previous: euros(25_000),
      touristTax: null,
    }));

  it('reads back a StayPriceSet carrying the tax its price brings, at version 2', () => {
    const e = event('StayPriceSet', { ...addressed, stayId: 'stay-gite', accommodationPrice: euros(56_000), previous: euros(70_000), touristTax: euros(1_400) });
    expect(dossierEvents.versionOf('StayPriceSet')).toBe(2);
    expect(dossierEvents.decode(storedAs(e, 2))).toEqual(e);
  });

  it('reads back each new event as it was stored, at version 1', () => {
    const stored = [
      event('DepositPercentChanged', { ...addressed, percent: 40, previous: 25 }),
      discountSet(percentOff(10, 'Fidélité'), amountOff(500)),
      discountSet(null, percentOff(10)),
    ] satisfies DossierEvent[];
    for (const e of stored) {
      expect(dossierEvents.versionOf(e.type)).toBe(1);
      expect(dossierEvents.decode(storedAs(e))).toEqual(e);
    }
  });
});
