import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseEstablishmentDetails, type EstablishmentDetailsInput } from '../domain/establishment/establishment-details';
import { establishmentDecider, establishmentStream } from '../domain/establishment/establishment.decider';

export class DescribeEstablishment extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly input: EstablishmentDetailsInput,
  ) {
    super();
  }
}

@CommandHandler(DescribeEstablishment)
export class DescribeEstablishmentHandler implements ICommandHandler<DescribeEstablishment> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, input }: DescribeEstablishment): Promise<{ position: Position | null }> {
    const details = parseEstablishmentDetails('input', input);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, establishmentStream(ownerId), establishmentDecider, command('DescribeEstablishment', { ownerId, details }), context);
    return { position: outcome.position };
  }
}
