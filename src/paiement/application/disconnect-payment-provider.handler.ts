import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { paymentProviderDecider, paymentProviderStream } from '../domain/payment-provider/payment-provider.decider';
import { ProviderConnections } from './provider-connections';

/** Stops online payment for the owner: answers whether a provider was taking their payments. */
export class DisconnectPaymentProvider extends Command<boolean> {
  constructor(readonly ownerId: string) {
    super();
  }
}

/** The sealed secrets stay in the stream's history, sealed; nothing opens them again. */
@CommandHandler(DisconnectPaymentProvider)
export class DisconnectPaymentProviderHandler implements ICommandHandler<DisconnectPaymentProvider> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly connections: ProviderConnections,
  ) {}

  async execute({ ownerId }: DisconnectPaymentProvider): Promise<boolean> {
    const wasActive = (await this.connections.connectionOf(ownerId)) !== null;
    const now = this.clock.now();
    await handleCommand(
      this.store,
      paymentProviderStream(ownerId),
      paymentProviderDecider,
      command('DisconnectPaymentProvider', { ownerId, disconnectedAt: now.toISOString() }),
      newCorrelation({ kind: 'owner', id: ownerId }, now),
    );
    return wasActive;
  }
}
