import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import type { OnlineSalesTerms } from '../contracts';
import type { SalesTermsInput } from '../domain/sales-terms/sales-terms';
import { salesTermsDecider, salesTermsStream } from '../domain/sales-terms/sales-terms.decider';
import { ProviderConnections } from './provider-connections';

/** Saves the fields of the owner's sales terms they send; the others keep their value. */
export class SetSalesTerms extends Command<OnlineSalesTerms> {
  constructor(
    readonly ownerId: string,
    readonly input: SalesTermsInput,
  ) {
    super();
  }
}

@CommandHandler(SetSalesTerms)
export class SetSalesTermsHandler implements ICommandHandler<SetSalesTerms> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly connections: ProviderConnections,
  ) {}

  async execute({ ownerId, input }: SetSalesTerms): Promise<OnlineSalesTerms> {
    const outcome = await handleCommand(
      this.store,
      salesTermsStream(ownerId),
      salesTermsDecider,
      command('SetSalesTerms', { ownerId, input }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    const connection = await this.connections.connectionOf(ownerId);
    return { ...outcome.state, provider: connection?.provider ?? null };
  }
}
