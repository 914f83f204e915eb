import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { supplementDecider, supplementStream } from '../domain/supplement/supplement.decider';
import { SupplementNotFound } from '../domain/supplement/supplement.errors';

/** Booking files keep the supplement lines they were priced with; new quotes stop offering it. */
export class RemoveSupplement extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly supplementId: string,
  ) {
    super();
  }
}

@CommandHandler(RemoveSupplement)
export class RemoveSupplementHandler implements ICommandHandler<RemoveSupplement> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, supplementId }: RemoveSupplement): Promise<{ position: Position | null }> {
    if (!isUuid(supplementId)) throw new SupplementNotFound(supplementId);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, supplementStream(supplementId), supplementDecider, command('RemoveSupplement', { supplementId, ownerId }), context);
    return { position: outcome.position };
  }
}
