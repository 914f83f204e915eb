import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { communicationSettingsDecider, communicationSettingsStream, type CommunicationSettings } from '../domain/settings/communication-settings.decider';
import type { DocumentSettingsInput } from '../domain/settings/document-settings';
import type { EmailSettingsInput } from '../domain/settings/email-settings';

/** Saves the parts of the caller's document or email settings it sends; the rest stays as it was. */
export class SetCommunicationSettings extends Command<CommunicationSettings> {
  constructor(
    readonly ownerId: string,
    readonly change: { readonly document: DocumentSettingsInput } | { readonly email: EmailSettingsInput },
  ) {
    super();
  }
}

@CommandHandler(SetCommunicationSettings)
export class SetCommunicationSettingsHandler implements ICommandHandler<SetCommunicationSettings> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, change }: SetCommunicationSettings): Promise<CommunicationSettings> {
    const order =
      'document' in change ? command('SetDocumentSettings', { ownerId, input: change.document }) : command('SetEmailSettings', { ownerId, input: change.email });
    // Each attempt parses the input against the settings it reads, so a concurrent save of another part is kept.
    const outcome = await handleCommand(this.store, communicationSettingsStream(ownerId), communicationSettingsDecider, order, newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()));
    return outcome.state;
  }
}
