import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../../event-store/command-handler';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { bookedByGuest, dossierEvents, pendingReleaseNotice, type DossierEvent } from '../../reservation/contracts';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { DossierContexts } from './dossier-context';
import { DossierEmails } from './dossier-emails';
import { depositReminderCause } from './reminder-scheduler';

/**
 * An event older than this when the policy first sees it is history, not news: nobody is
 * written to about it. It keeps a first start (or a reset checkpoint) from emailing every guest
 * of every file ever made.
 */
export const NEWS_FOR_MS = 24 * 3_600_000;

/**
 * What guests and owners are told when a booking file changes: an online booking (once the file
 * has its number, which every email shows), a payment received, a cancellation, the day an unpaid
 * option goes (told in the deposit reminder). Each email is named by the event that caused it (the
 * reminder by its due date, as the reminders name it), so seeing an event again queues nothing more.
 */
@Injectable()
export class CommunicationPolicy implements Policy<DossierEvent> {
  readonly name = 'communication';
  readonly handles: DossierEvent['type'][] = ['DossierNumbered', 'PaymentReceived', 'DossierCancelled', 'OptionReleaseScheduled'];
  readonly decode = dossierEvents.decode;

  constructor(
    private readonly contexts: DossierContexts,
    private readonly emails: DossierEmails,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async react(e: DecodedEvent<DossierEvent>): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - Date.parse(e.metadata.occurredAt) > NEWS_FOR_MS) return;
    const context = await this.contexts.of(e.data.dossierId, now);
    // A file deleted since, or an owner gone: there is no one to tell.
    if (!context) return;
    const commandContext: CommandContext = { actor: { kind: 'system', id: 'communication' }, now, correlationId: e.metadata.correlationId, causationId: e.id };
    const lang = await this.emails.langFor(context);
    if (e.type === 'DossierNumbered') {
      if (!bookedByGuest(context.dossier.origin)) return;
      const withDocument = context.settings.email.onlineBooking === 'WITH_DOCUMENT';
      await this.emails.toGuest(context, withDocument ? 'DOSSIER_DOCUMENT' : 'BOOKING_REQUEST_RECEIVED', e.id, lang, commandContext, { withDocument });
      await this.emails.toOwner(context, 'OWNER_NEW_BOOKING', e.id, commandContext);
    } else if (e.type === 'PaymentReceived') {
      const { amount, date } = e.data.payment;
      await this.emails.toGuest(context, 'PAYMENT_RECEIVED', e.id, lang, commandContext, { payment: { amount, date } });
    } else if (e.type === 'DossierCancelled') {
      await this.emails.toGuest(context, 'CANCELLATION', e.id, lang, commandContext);
    } else if (e.type === 'OptionReleaseScheduled') {
      // The guest is reminded whatever the owner chose for plain reminders: an option never goes untold.
      if (pendingReleaseNotice(context.dossier)?.depositDueDate !== e.data.depositDueDate) return;
      await this.emails.toGuest(context, 'DEPOSIT_REMINDER', depositReminderCause(e.data.dossierId, e.data.depositDueDate), lang, commandContext);
    }
  }
}
