import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, loadState, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { DOSSIER_READER, type DossierReader } from '../../reservation/contracts';
import { localDayAndHour } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput, NotFound } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { euros, MAX_CENTS } from '../../shared/kernel/money';
import { PAYMENT_METHODS, type Payment } from '../../shared/kernel/payment-terms';
import { requiredText, TEXT_LIMITS } from '../../shared/kernel/text';
import { httpUrl } from '../../shared/kernel/url';
import type { OnlinePayments, PaymentSession, PaymentSessionRequest } from '../contracts';
import { OnlinePaymentNotFound, onlinePaymentDecider, refundableOf, restRefundIdOf, type OnlinePaymentState } from '../domain/online-payment/online-payment.decider';
import { onlinePaymentStream } from '../domain/online-payment/online-payment.events';
import { OnlinePaymentUnavailable } from '../domain/payment-provider/payment-provider';
import { paymentsDecider, paymentsStream } from '../domain/payments/payments.decider';
import { OnlineRefunds } from './online-refunds';
import { PAYMENT_PROVIDER_ADAPTERS, type PaymentProviders } from './ports';
import { ProviderConnections } from './provider-connections';
import { SalesTermsImpl } from './sales-terms';

/** Files whose zone is not known any more (deleted since) date their refunds as in France. */
const FALLBACK_ZONE = 'Europe/Paris';

/** Stripe's client_reference_id and idempotency keys take this much, of these characters. */
const REFERENCE = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * The guest's online payment from page to ledger: a payment page at the owner's provider, the
 * payment the provider reports (see PaymentWebhooks) settled into the file it paid for, or given
 * back. Reservation decides which; every step may be repeated.
 */
@Injectable()
export class OnlinePaymentsImpl implements OnlinePayments {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PAYMENT_PROVIDER_ADAPTERS) private readonly providers: PaymentProviders,
    @Inject(DOSSIER_READER) private readonly dossiers: DossierReader,
    private readonly connections: ProviderConnections,
    private readonly salesTerms: SalesTermsImpl,
    private readonly refunds: OnlineRefunds,
  ) {}

  async startSession(request: PaymentSessionRequest): Promise<PaymentSession> {
    const now = this.clock.now();
    checkSessionRequest(request, now);
    const [setting, opened] = await Promise.all([this.salesTerms.settingOf(request.ownerId), this.connections.open(request.ownerId)]);
    if (!opened) throw new OnlinePaymentUnavailable('the owner has connected no payment provider');
    if (!setting.onlinePayment) throw new OnlinePaymentUnavailable('the owner takes no payment online');
    return this.providers[opened.connection.provider].startSession(request, opened.secrets, now);
  }

  async settle(onlinePaymentId: string, dossierId: string, context: CommandContext): Promise<Position | null> {
    const state = await this.paymentOf(onlinePaymentId);
    const { ownerId, amount, paidAt } = state.payment;
    const file = isUuid(dossierId) ? await this.dossiers.dossierOf(dossierId) : null;
    if (file?.ownerId !== ownerId) throw new NotFound('Booking file', dossierId, 'dossierId');
    await handleCommand(this.store, onlinePaymentStream(onlinePaymentId), onlinePaymentDecider, command('SettleOnlinePayment', { onlinePaymentId, dossierId }), context);
    // Dated the day it was paid where the accommodation is, as the owner's bank statement reads.
    const payment: Payment = { paymentId: onlinePaymentId, date: localDayAndHour(new Date(paidAt), file.timeZone).date, method: 'ONLINE', amount, note: null };
    return this.intoLedger(dossierId, ownerId, payment, context);
  }

  /**
   * The ledger line comes after the provider's refund, and a repeat writes it if a crash came
   * between: the refund of the rest is found again by its id, and the ledger records an id once.
   */
  async refund(onlinePaymentId: string, reason: string, context: CommandContext): Promise<void> {
    const note = requiredText('reason', reason, TEXT_LIMITS.line);
    const state = await this.paymentOf(onlinePaymentId);
    const refundId = restRefundIdOf(onlinePaymentId);
    const made = state.refunds.get(refundId);
    const cents = made ?? refundableOf(state).cents;
    if (cents === 0) return;
    if (made === undefined) await this.refunds.giveBack(state, euros(cents), refundId, note, context);
    const settled = (await this.paymentOf(onlinePaymentId)).dossierId;
    if (settled === null) return;
    const file = await this.dossiers.dossierOf(settled);
    const today = localDayAndHour(context.now, file?.timeZone ?? FALLBACK_ZONE).date;
    await this.intoLedger(settled, state.payment.ownerId, { paymentId: refundId, date: today, method: 'ONLINE', amount: euros(-cents), note }, context);
  }

  private async paymentOf(onlinePaymentId: string): Promise<OnlinePaymentState> {
    const state = isUuid(onlinePaymentId) ? await loadState(this.store, onlinePaymentStream(onlinePaymentId), onlinePaymentDecider) : null;
    if (!state) throw new OnlinePaymentNotFound(onlinePaymentId);
    return state;
  }

  /**
   * Past the accepted-methods check, which is the owner's rule for money they are yet to take:
   * this money the provider already took (or gave back). The ledger still refuses what it always
   * does, and records a payment id once.
   */
  private async intoLedger(dossierId: string, ownerId: string, payment: Payment, context: CommandContext): Promise<Position | null> {
    const outcome = await handleCommand(
      this.store,
      paymentsStream(dossierId),
      paymentsDecider,
      command('RecordPayment', { dossierId, ownerId, dossierOwnerId: ownerId, acceptedMethods: PAYMENT_METHODS, payment }),
      context,
    );
    return outcome.position;
  }
}

/** What Reservation asks for, checked before a provider sees it. */
function checkSessionRequest(request: PaymentSessionRequest, now: Date): void {
  if (!isUuid(request.ownerId)) throw new InvalidInput('ownerId', 'must be an owner id');
  if (!REFERENCE.test(request.reference)) throw new InvalidInput('reference', 'must be 1 to 200 letters, digits, - or _');
  if (!Number.isInteger(request.amount.cents) || request.amount.cents <= 0 || request.amount.cents > MAX_CENTS) throw new InvalidInput('amount', 'must be a whole number of cents above 0');
  requiredText('description', request.description, TEXT_LIMITS.line);
  if (httpUrl('returnUrl', request.returnUrl, 2000) === null) throw new InvalidInput('returnUrl', 'is required');
  if (!(request.expiresAt.getTime() > now.getTime())) throw new InvalidInput('expiresAt', 'must be ahead of now');
}
