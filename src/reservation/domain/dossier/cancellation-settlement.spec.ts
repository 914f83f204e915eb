import { formatAmount } from '../../../shared/kernel/formats';
import { euros } from '../../../shared/kernel/money';
import type { DepositKind } from '../../../shared/kernel/payment-terms';
import { cancellationSettlement } from './cancellation-settlement';
import type { CancellingParty, Priced, ReceivedPayment } from './dossier';

/** A week at 1,000.00 € with a 40.00 € cleaning supplement; the deposit is 25 % of the 1,000 €, 250.00 €. */
const file = (kind: DepositKind, by: CancellingParty | null, payments: number[], overrides: Partial<Priced> = {}): Priced => ({
  stays: [
    {
      stayId: 'stay-1',
      holdId: 'hold-1',
      accommodationId: 'acc-gite',
      arrival: '2027-07-03',
      departure: '2027-07-10',
      occupants: [{ ageRangeId: 'adults', count: 2 }],
      optionalSupplementIds: [],
      pricing: {
        accommodationPrice: euros(100_000),
        overridden: false,
        discounts: [],
        supplements: [{ supplementId: 'cleaning', label: { fr: 'Ménage', en: 'Cleaning' }, amount: euros(4_000) }],
        touristTax: euros(1_232),
      },
    },
  ],
  globalSupplements: [],
  payments: payments.map((cents, i): ReceivedPayment => ({ paymentId: `pay-${i}`, date: '2027-03-01', method: 'TRANSFER', amount: euros(cents), note: null })),
  cancellation: { reason: null, at: '2027-05-01T10:00:00.000Z', by },
  deposit: { kind, percent: 25, dueDate: '2027-03-10' },
  discount: null,
  ...overrides,
});

/** The settlement's amounts in cents. */
function figures(priced: Priced) {
  const settlement = cancellationSettlement(priced);
  if (settlement === null) throw new Error('no settlement');
  const { price, deposit, received, refunded, ownerKeeps, owedToGuest, compensation, stillToRefund, guestStillOwes, damagesMayBeOwed } = settlement;
  return {
    price: price.cents,
    deposit: deposit.cents,
    received: received.cents,
    refunded: refunded.cents,
    ownerKeeps: ownerKeeps.cents,
    owedToGuest: owedToGuest.cents,
    compensation: compensation.cents,
    stillToRefund: stillToRefund.cents,
    guestStillOwes: guestStillOwes.cents,
    damagesMayBeOwed,
  };
}

describe('what the deposit’s law makes of a cancelled file’s money', () => {
  describe('with arrhes', () => {
    it('the guest who gives up loses the arrhes paid, and nothing more is owed', () =>
      expect(figures(file('ARRHES', 'GUEST', [25_000]))).toEqual({
        price: 104_000,
        deposit: 25_000,
        received: 25_000,
        refunded: 0,
        ownerKeeps: 25_000,
        owedToGuest: 0,
        compensation: 0,
        stillToRefund: 0,
        guestStillOwes: 0,
        damagesMayBeOwed: false,
      }));

    it('the guest who gives up gets back what was paid beyond the arrhes', () =>
      expect(figures(file('ARRHES', 'GUEST', [25_000, 30_000]))).toMatchObject({ received: 55_000, ownerKeeps: 25_000, owedToGuest: 30_000, stillToRefund: 30_000 }));

    it('the owner who gives up pays back twice the arrhes received: a refund of what came, and the arrhes again beside it', () => {
      expect(figures(file('ARRHES', 'OWNER', [25_000]))).toMatchObject({ ownerKeeps: 0, owedToGuest: 50_000, compensation: 25_000, stillToRefund: 25_000 });
      expect(figures(file('ARRHES', 'OWNER', [25_000, -25_000]))).toMatchObject({ refunded: 25_000, owedToGuest: 50_000, compensation: 25_000, stillToRefund: 0 });
    });

    it('twice the arrhes only: money paid beyond them goes back once', () =>
      expect(figures(file('ARRHES', 'OWNER', [25_000, 79_000]))).toMatchObject({ received: 104_000, owedToGuest: 129_000, compensation: 25_000, stillToRefund: 104_000 }));

    it('nothing paid, nothing owed either way', () => {
      expect(figures(file('ARRHES', 'GUEST', []))).toMatchObject({ ownerKeeps: 0, owedToGuest: 0, guestStillOwes: 0 });
      expect(figures(file('ARRHES', 'OWNER', []))).toMatchObject({ ownerKeeps: 0, owedToGuest: 0 });
    });

    it('arrhes partly paid: only what came is lost, or doubled', () => {
      expect(figures(file('ARRHES', 'GUEST', [10_000]))).toMatchObject({ ownerKeeps: 10_000, owedToGuest: 0 });
      expect(figures(file('ARRHES', 'OWNER', [10_000]))).toMatchObject({ owedToGuest: 20_000, compensation: 10_000 });
    });
  });

  describe('with an acompte', () => {
    it('the guest who gives up still owes the agreed price', () =>
      expect(figures(file('ACOMPTE', 'GUEST', [25_000]))).toEqual({
        price: 104_000,
        deposit: 25_000,
        received: 25_000,
        refunded: 0,
        ownerKeeps: 25_000,
        owedToGuest: 0,
        compensation: 0,
        stillToRefund: 0,
        guestStillOwes: 79_000,
        damagesMayBeOwed: false,
      }));

    it('paid beyond the price, the guest gets the difference back', () =>
      expect(figures(file('ACOMPTE', 'GUEST', [110_000]))).toMatchObject({ ownerKeeps: 104_000, owedToGuest: 6_000, guestStillOwes: 0 }));

    it('the owner who gives up refunds all, and may owe damages', () =>
      expect(figures(file('ACOMPTE', 'OWNER', [25_000]))).toMatchObject({ ownerKeeps: 0, owedToGuest: 25_000, compensation: 0, stillToRefund: 25_000, guestStillOwes: 0, damagesMayBeOwed: true }));
  });

  it('prices the stay as agreed: the owner’s discount off, cancellation fees and the tourist tax apart', () => {
    const discounted = file('ACOMPTE', 'GUEST', [22_500], {
      discount: { kind: 'PERCENT', percent: 10, label: null },
      globalSupplements: [{ supplementId: 'fees', label: 'Frais d’annulation', amount: euros(5_000) }],
    });
    expect(figures(discounted)).toMatchObject({ price: 94_000, deposit: 22_500, guestStillOwes: 71_500 });
  });

  it('settles nothing while the file stands, nor when no one said who gave up', () => {
    expect(cancellationSettlement(file('ARRHES', 'GUEST', [25_000], { cancellation: null }))).toBeNull();
    expect(cancellationSettlement(file('ARRHES', null, [25_000]))).toBeNull();
  });

  it('says the rule and its figures in French and English, amounts written as each language writes them', () => {
    const settlement = cancellationSettlement(file('ARRHES', 'OWNER', [25_000]));
    expect(settlement?.explanation.fr).toContain('double des arrhes');
    expect(settlement?.explanation.fr).toContain(formatAmount(50_000, 'FR'));
    expect(formatAmount(50_000, 'FR')).toMatch(/^500,00\s€$/);
    expect(settlement?.explanation.en).toContain('the arrhes received a second time');
    expect(settlement?.explanation.en).toContain('€500.00');
    const acompte = cancellationSettlement(file('ACOMPTE', 'GUEST', [25_000]));
    expect(acompte?.explanation.fr).toContain(formatAmount(79_000, 'FR'));
    expect(acompte?.explanation.en).toContain('€790.00');
  });
});
