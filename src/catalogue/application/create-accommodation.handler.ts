import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseAccommodationDetails, type AccommodationDetailsInput } from '../domain/accommodation/accommodation-details';
import { accommodationDecider, accommodationReference, accommodationStream } from '../domain/accommodation/accommodation.decider';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { ensureOwnerNumber } from './owner-numbers';

export class CreateAccommodation extends Command<{ accommodationId: string; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly input: AccommodationDetailsInput,
  ) {
    super();
  }
}

@CommandHandler(CreateAccommodation)
export class CreateAccommodationHandler implements ICommandHandler<CreateAccommodation> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
  ) {}

  async execute({ ownerId, input }: CreateAccommodation): Promise<{ accommodationId: string; position: Position | null }> {
    const details = parseAccommodationDetails('input', input);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const ownerNumber = await ensureOwnerNumber(this.store, this.em, ownerId, context);
    // The owner's stream hands out the rank: tabs or an import creating at once each get their
    // own, after as many retries as there are writers. A failure after this step skips a rank;
    // references stay unique, which is what they are for.
    const reserved = await handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('ReserveAccommodationReference', {}), context, 30);
    const [reservation] = reserved.events;
    if (reservation?.type !== 'AccommodationReferenceReserved') throw new Error('The owner stream reserved no accommodation reference');
    const accommodationId = randomUUID();
    const reference = accommodationReference(ownerNumber, reservation.data.sequence);
    const outcome = await handleCommand(
      this.store,
      accommodationStream(accommodationId),
      accommodationDecider,
      command('CreateAccommodation', { accommodationId, ownerId, reference, details }),
      context,
    );
    return { accommodationId, position: outcome.position };
  }
}
