import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { handleCommand, loadState, type CommandContext } from '../../event-store/command-handler';
import type { DecodedEvent } from '../../event-store/event-store.port';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { ONLINE_PAYMENTS, onlinePaymentEvents, type OnlinePaymentEvent, type OnlinePayments } from '../../paiement/contracts';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { DomainError } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { guestBookingDecider, guestBookingStream, sourceOf, type GuestBooking } from '../domain/guest-booking/guest-booking.decider';
import { CreateDossier } from './create-dossier.handler';

/**
 * What Reservation does when a guest's deposit comes in through a payment provider. The booking
 * takes the payment (or rejects it: the wrong amount, a second payment); then the file opens on
 * the nights held for the guest — or, paid after they went back, on the same nights held afresh
 * if still free — and the payment goes into its ledger, which confirms it. A payment the booking
 * cannot use is given back through the provider: money is never kept for nothing, and nights are
 * never sold twice. Every step may be seen again and does nothing the second time.
 */
@Injectable()
export class GuestBookingPayments implements Policy<OnlinePaymentEvent> {
  readonly name = 'guest-booking-payments';
  readonly handles: OnlinePaymentEvent['type'][] = ['OnlinePaymentSucceeded'];
  readonly decode = onlinePaymentEvents.decode;
  private readonly logger = new Logger(GuestBookingPayments.name);

  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ONLINE_PAYMENTS) private readonly payments: OnlinePayments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async react(e: DecodedEvent<OnlinePaymentEvent>): Promise<void> {
    if (e.type !== 'OnlinePaymentSucceeded') return;
    const { onlinePaymentId, reference, amount } = e.data;
    const context: CommandContext = { actor: { kind: 'system', id: this.name }, now: this.clock.now(), correlationId: e.metadata.correlationId, causationId: e.id };
    const stream = guestBookingStream(reference);
    const booking = isUuid(reference) ? await loadState(this.store, stream, guestBookingDecider) : null;
    if (booking === null) {
      this.logger.warn(`An online payment names no guest booking (${reference}): it is given back`);
      await this.payments.refund(onlinePaymentId, 'No booking matches this payment', context);
      return;
    }
    const received = await handleCommand(this.store, stream, guestBookingDecider, command('ReceiveOnlinePayment', { guestBookingId: reference, onlinePaymentId, amount }), context);
    const taken = received.state?.paidWith?.onlinePaymentId === onlinePaymentId;
    if (!taken) {
      await this.payments.refund(onlinePaymentId, 'This booking was paid already, or not for this amount', context);
      return;
    }
    await this.open(received.state, onlinePaymentId, context);
  }

  private async open(booking: GuestBooking, onlinePaymentId: string, context: CommandContext): Promise<void> {
    const { request } = booking;
    const stream = guestBookingStream(request.guestBookingId);
    if (booking.status === 'LOST') return this.payments.refund(onlinePaymentId, 'The nights were taken before the payment came', context);
    if (booking.status !== 'OPENED') {
      try {
        await this.commands.execute(
          new CreateDossier(
            request.ownerId,
            { ...request, dossierId: request.guestBookingId, heldBy: request.holdId },
            sourceOf(request),
            { kind: 'guest', id: request.guestBookingId },
          ),
        );
      } catch (error) {
        // Refused for good (the nights taken meanwhile, a rule or a rate changed): no file, so the money goes back.
        if (!(error instanceof DomainError) || error.code === 'CONFLICT') throw error;
        this.logger.warn(`Guest booking ${request.guestBookingId} was paid but its file cannot open (${error.name}: ${error.message}): the payment is given back`);
        await handleCommand(this.store, stream, guestBookingDecider, command('MarkGuestBookingLost', { guestBookingId: request.guestBookingId }), context);
        return this.payments.refund(onlinePaymentId, 'The nights were taken before the payment came', context);
      }
      await handleCommand(this.store, stream, guestBookingDecider, command('MarkGuestBookingOpened', { guestBookingId: request.guestBookingId }), context);
    }
    await this.payments.settle(onlinePaymentId, request.guestBookingId, context);
  }
}
