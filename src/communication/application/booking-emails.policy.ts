import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type DecodedEvent, type EventStore } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { onlinePaymentEvents, onlinePaymentStream } from '../../paiement/contracts';
import { guestBookingEvents, type GuestBookingEvent } from '../../reservation/contracts';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import type { Money } from '../../shared/kernel/money';
import { BookingEmails } from './booking-emails';
import { NEWS_FOR_MS } from './communication.policy';

/**
 * What a guest is told when their online booking comes to nothing: not paid in time, its nights
 * went back; paid too late for nights someone else took meanwhile, the payment is given back,
 * which the owner hears of too. And when a payment the booking refuses (a second one, or not the
 * amount asked) is given back, so that money leaving their account again is never a mystery. An
 * expiry is no news to the owner: the nights simply came free.
 * Each email is named by the event that caused it, so seeing an event again queues nothing more.
 */
@Injectable()
export class BookingEmailsPolicy implements Policy<GuestBookingEvent> {
  readonly name = 'guest-booking-emails';
  readonly handles: GuestBookingEvent['type'][] = ['GuestBookingExpired', 'GuestBookingLost', 'GuestPaymentRejected'];
  readonly decode = guestBookingEvents.decode;

  constructor(
    private readonly emails: BookingEmails,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async react(e: DecodedEvent<GuestBookingEvent>): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - Date.parse(e.metadata.occurredAt) > NEWS_FOR_MS) return;
    const context = await this.emails.contextOf(e.data.guestBookingId);
    if (!context) return;
    const commandContext: CommandContext = { actor: { kind: 'system', id: 'communication' }, now, correlationId: e.metadata.correlationId, causationId: e.id };
    if (e.type === 'GuestBookingExpired') {
      await this.emails.toGuest(context, 'BOOKING_EXPIRED', e.id, null, commandContext);
    } else if (e.type === 'GuestBookingLost') {
      const refund = await this.amountOf(e.data.onlinePaymentId);
      await this.emails.toGuest(context, 'LATE_PAYMENT_REFUNDED', e.id, refund, commandContext);
      await this.emails.toOwner(context, 'OWNER_LATE_PAYMENT_REFUNDED', e.id, refund, commandContext);
    } else if (e.type === 'GuestPaymentRejected') {
      await this.emails.toGuest(context, e.data.reason === 'ALREADY_PAID' ? 'DUPLICATE_PAYMENT_REFUNDED' : 'WRONG_AMOUNT_REFUNDED', e.id, e.data.amount, commandContext);
    }
  }

  /** What the guest paid, from the payment's own stream: the whole of it goes back. */
  private async amountOf(onlinePaymentId: string): Promise<Money | null> {
    for (const stored of await this.store.readStream(onlinePaymentStream(onlinePaymentId))) {
      const event = onlinePaymentEvents.decode(stored);
      if (event.type === 'OnlinePaymentSucceeded') return event.data.amount;
    }
    return null;
  }
}
