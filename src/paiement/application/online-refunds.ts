import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, loadState, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { InvalidInput } from '../../shared/kernel/errors';
import { nameBasedUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { euros, type Money } from '../../shared/kernel/money';
import type { Payment } from '../../shared/kernel/payment-terms';
import { onlinePaymentDecider, refundableOf, RefundOverOnlinePayment, type OnlinePaymentState } from '../domain/online-payment/online-payment.decider';
import { onlinePaymentStream } from '../domain/online-payment/online-payment.events';
import { paymentsStream } from '../domain/payments/payments.decider';
import { paymentsEvents } from '../domain/payments/payments.events';
import { PAYMENT_PROVIDER_ADAPTERS, type PaymentProviders } from './ports';
import { ProviderConnections } from './provider-connections';

/** The file took no money online, or none of it is left to give back that way. */
export class NoOnlinePaymentToRefund extends InvalidInput {
  constructor() {
    super('input.method', 'this booking file has no online payment left to give back through the payment provider: record the refund with the way you paid it back (TRANSFER, CHEQUE…)');
  }
}

/**
 * Money going back to a guest through the provider that took it. The provider is asked first,
 * with our refund id as its idempotency key, then the refund is recorded on the online payment:
 * a retry after a crash between the two gets the same refund from the provider, never a second.
 */
@Injectable()
export class OnlineRefunds {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PAYMENT_PROVIDER_ADAPTERS) private readonly providers: PaymentProviders,
    private readonly connections: ProviderConnections,
  ) {}

  async giveBack(state: OnlinePaymentState, amount: Money, refundId: string, reason: string, context: CommandContext): Promise<void> {
    const { onlinePaymentId, ownerId, provider, providerPaymentId } = state.payment;
    if (state.refunds.has(refundId)) return;
    if (amount.cents > refundableOf(state).cents) throw new RefundOverOnlinePayment(refundableOf(state));
    const secrets = await this.connections.secretsFor(ownerId, provider);
    const { providerRefundId } = await this.providers[provider].refund({ providerPaymentId, amount, refundId }, secrets);
    await handleCommand(
      this.store,
      onlinePaymentStream(onlinePaymentId),
      onlinePaymentDecider,
      command('RefundOnlinePayment', { onlinePaymentId, refundId, amount, reason, providerRefundId }),
      context,
    );
  }

  /**
   * An owner's refund of a file, recorded with the method ONLINE: given back through the file's
   * online payments, oldest first, before the ledger records it. Refused, with nothing given
   * back, when they cannot cover it.
   */
  async refundFile(dossierId: string, refund: Payment, context: CommandContext): Promise<void> {
    const payments = await this.settledOnlinePayments(dossierId);
    if (payments.length === 0) throw new NoOnlinePaymentToRefund();
    const refundable = payments.reduce((sum, state) => sum + refundableOf(state).cents, 0);
    if (-refund.amount.cents > refundable) throw new RefundOverOnlinePayment(euros(refundable));
    let left = -refund.amount.cents;
    const parts = payments.flatMap((state) => {
      const cents = Math.min(left, refundableOf(state).cents);
      left -= cents;
      return cents > 0 ? [{ state, amount: euros(cents) }] : [];
    });
    // Every provider asked must still be connected, checked before the first gives anything back.
    await Promise.all(parts.map(({ state }) => this.connections.secretsFor(state.payment.ownerId, state.payment.provider)));
    for (const { state, amount } of parts) {
      // Named from the ledger line and the payment: the idempotency key Stripe's client retries
      // with, and the id the online payment records once.
      await this.giveBack(state, amount, nameBasedUuid(`${refund.paymentId}/${state.payment.onlinePaymentId}`), refund.note ?? '', context);
    }
  }

  /** The file's online payments, as its ledger lists them (their ids are the online payments'). */
  private async settledOnlinePayments(dossierId: string): Promise<OnlinePaymentState[]> {
    const ledger = (await this.store.readStream(paymentsStream(dossierId))).map((recorded) => paymentsEvents.decode(recorded).data.payment);
    const ids = ledger.filter((payment) => payment.method === 'ONLINE' && payment.amount.cents > 0).map((payment) => payment.paymentId);
    const states = await Promise.all(ids.map((id) => loadState(this.store, onlinePaymentStream(id), onlinePaymentDecider)));
    return states.filter((state): state is OnlinePaymentState => state !== null && state.dossierId === dossierId && refundableOf(state).cents > 0);
  }
}
