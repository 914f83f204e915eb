import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { NotFound } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import type { Payment, PaymentMethod } from '../../../shared/kernel/payment-terms';
import { PaymentMethodNotAccepted, PaymentOfZero, paymentsDecider, paymentsStream, RefundOverPayments, RefundWithoutReason, type PaymentsCommand, type PaymentsEvent } from './payments.decider';

const DOSSIER = 'dossier-1';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';
const ACCEPTED: PaymentMethod[] = ['CHEQUE', 'TRANSFER'];

const given = givenDecider(paymentsDecider);

const payment = (paymentId: string, cents: number, overrides: Partial<Payment> = {}): Payment => ({ paymentId, date: '2026-03-05', method: 'TRANSFER', amount: euros(cents), note: null, ...overrides });
const refund = (paymentId: string, cents: number, note: string | null = 'Stay shortened by a night', method: PaymentMethod = 'TRANSFER'): Payment => payment(paymentId, -cents, { note, method });

const record = (received: Payment, options: { dossierOwnerId?: string | null; acceptedMethods?: readonly PaymentMethod[] } = {}): PaymentsCommand =>
  command('RecordPayment', { dossierId: DOSSIER, ownerId: OWNER, dossierOwnerId: options.dossierOwnerId === undefined ? OWNER : options.dossierOwnerId, acceptedMethods: options.acceptedMethods ?? ACCEPTED, payment: received });
const recorded = (received: Payment): PaymentsEvent => event('PaymentRecorded', { dossierId: DOSSIER, ownerId: OWNER, payment: received });

// The manual's figures: a 62.50 € deposit on a 255 € file.
const DEPOSIT = payment('pay-deposit', 6_250);

describe('Payments of a booking file', () => {
  it('records a payment in a way the owner accepts', () => given([]).when(record(DEPOSIT)).then([recorded(DEPOSIT)]));

  it('refuses a payment of 0, naming the amount', () =>
    given([]).when(record(payment('pay-zero', 0))).thenThrows(PaymentOfZero, { code: 'BAD_USER_INPUT', field: 'input.cents', message: 'input.cents: a payment must not be 0: a refund is negative' }));

  it('refuses a way to pay the owner does not accept, naming the method', () =>
    given([]).when(record(payment('pay-cash', 6_250, { method: 'CASH' }))).thenThrows(PaymentMethodNotAccepted, { code: 'BAD_USER_INPUT', field: 'input.method', message: "input.method: you do not accept CASH payments; add it to your deposit policy's accepted methods first" }));

  it('records nothing when the same payment is recorded twice, as a retried request does', () => given([recorded(DEPOSIT)]).when(record(DEPOSIT)).thenNothing());

  it('records nothing for a repeated payment even once its way to pay is no longer accepted', () =>
    given([recorded(DEPOSIT)]).when(record(DEPOSIT, { acceptedMethods: ['CHEQUE'] })).thenNothing());

  describe('refunds', () => {
    it('records a refund with its reason', () => given([recorded(DEPOSIT)]).when(record(refund('pay-refund', 1_000))).then([recorded(refund('pay-refund', 1_000))]));

    it('refuses a refund without a reason, naming the note', () =>
      given([recorded(DEPOSIT)]).when(record(refund('pay-refund', 1_000, null))).thenThrows(RefundWithoutReason, { code: 'BAD_USER_INPUT', field: 'input.note' }));

    it('refunds all that was paid', () => given([recorded(DEPOSIT)]).when(record(refund('pay-refund', 6_250))).then([recorded(refund('pay-refund', 6_250))]));

    it('refuses a refund larger than what was paid, saying how much was', () =>
      given([recorded(DEPOSIT)])
        .when(record(refund('pay-refund', 6_251)))
        .thenThrows(RefundOverPayments, { code: 'BAD_USER_INPUT', field: 'input.cents', message: 'input.cents: a refund may not exceed what was paid (62.50 €)' }));

    it('counts earlier refunds against what is left to refund', () =>
      given([recorded(DEPOSIT), recorded(refund('pay-refund-1', 5_000))]).when(record(refund('pay-refund-2', 1_500))).thenThrows(RefundOverPayments, /\(12\.50 €\)/));

    it('refuses a refund on a file nothing was paid for', () => given([]).when(record(refund('pay-refund', 100))).thenThrows(RefundOverPayments, /\(0\.00 €\)/));

    it('pays a refund back in a way the owner does not take payments in', () => {
      const cashBack = refund('pay-refund', 1_000, 'Breakfast not served', 'CASH');
      given([recorded(DEPOSIT)]).when(record(cashBack, { acceptedMethods: ['TRANSFER'] })).then([recorded(cashBack)]);
    });
  });

  describe('whose file it is', () => {
    it('answers a payment on another owner’s file as if the file did not exist', () =>
      given([]).when(record(DEPOSIT, { dossierOwnerId: INTRUDER })).thenThrows(NotFound, { code: 'NOT_FOUND', field: 'dossierId', message: `dossierId: Booking file ${DOSSIER} was not found` }));

    it('refuses a payment on a file that does not exist', () => given([]).when(record(DEPOSIT, { dossierOwnerId: null })).thenThrows(NotFound, { code: 'NOT_FOUND', field: 'dossierId' }));

    it('tells another owner nothing, even of a payment already recorded', () => given([recorded(DEPOSIT)]).when(record(DEPOSIT, { dossierOwnerId: INTRUDER })).thenThrows(NotFound));
  });

  it('keeps the sum of payments less refunds', () => expect(fold(paymentsDecider, [recorded(DEPOSIT), recorded(payment('pay-balance', 19_250)), recorded(refund('pay-refund', 1_000))]).paid).toBe(24_500));

  it('keeps one ledger per file', () => expect(paymentsStream(DOSSIER)).toBe('payments-dossier-1'));
});
