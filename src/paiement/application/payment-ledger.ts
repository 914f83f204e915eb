import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, loadStream, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { DOSSIER_DIRECTORY, type DossierDirectory } from '../../reservation/contracts';
import { calendarDate } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput, NotFound } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { money } from '../../shared/kernel/money';
import { PAYMENT_METHODS, type Payment, type PaymentMethod } from '../../shared/kernel/payment-terms';
import { optionalText, TEXT_LIMITS } from '../../shared/kernel/text';
import { DEPOSIT_POLICIES, type DepositPolicies, type PaymentLedger, type PaymentRequest } from '../contracts';
import { paymentsDecider, paymentsStream } from '../domain/payments/payments.decider';
import { OnlineRefunds } from './online-refunds';

/**
 * Records a payment in the file's ledger. The file's status is not touched here: Reservation
 * follows the ledger through the event store, as it would a payment provider's callback. A
 * refund recorded with the method ONLINE goes back through the provider first.
 */
@Injectable()
export class PaymentLedgerImpl implements PaymentLedger {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEPOSIT_POLICIES) private readonly policies: DepositPolicies,
    @Inject(DOSSIER_DIRECTORY) private readonly dossiers: DossierDirectory,
    private readonly onlineRefunds: OnlineRefunds,
  ) {}

  async record(request: PaymentRequest): Promise<{ payment: Payment; position: Position | null }> {
    const { ownerId, dossierId } = request;
    if (!isUuid(dossierId)) throw new NotFound('Booking file', dossierId, 'dossierId');
    if (!(PAYMENT_METHODS as readonly string[]).includes(request.method)) throw new InvalidInput('input.method', `must be one of ${PAYMENT_METHODS.join(', ')}`);
    const payment: Payment = {
      paymentId: randomUUID(),
      date: calendarDate('input.date', request.date),
      method: request.method as PaymentMethod,
      amount: money('input.cents', request.cents, { allowNegative: true }),
      note: optionalText('input.note', request.note, TEXT_LIMITS.line),
    };
    const [dossierOwnerId, policy] = await Promise.all([this.dossiers.ownerOf(dossierId), this.policies.policyOf(ownerId)]);
    const recordPayment = command('RecordPayment', { dossierId, ownerId, dossierOwnerId, acceptedMethods: policy.acceptedPaymentMethods, payment });
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    if (payment.method === 'ONLINE' && payment.amount.cents < 0) {
      // The ledger's own refusals (another's file, no reason, more than was paid) come before any
      // money moves: the decider is pure, so asking it now answers what the append would.
      paymentsDecider.decide(recordPayment, (await loadStream(this.store, paymentsStream(dossierId), paymentsDecider)).state);
      await this.onlineRefunds.refundFile(dossierId, payment, context);
    }
    const outcome = await handleCommand(this.store, paymentsStream(dossierId), paymentsDecider, recordPayment, context);
    return { payment, position: outcome.position };
  }
}
