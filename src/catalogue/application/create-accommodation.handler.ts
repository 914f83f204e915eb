import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { handleCommand, newCorrelation, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseAccommodationDetails, type AccommodationDetailsInput } from '../domain/accommodation/accommodation-details';
import { accommodationDecider, accommodationReference, accommodationStream } from '../domain/accommodation/accommodation.decider';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { OwnerHasNoNumber } from '../domain/owner/owner.errors';
import { ensureOwnerNumber } from './owner-numbers';
import { COMMUNE_DIRECTORY, type CommuneDirectory } from './ports';
import { assertOfficialPostalAddress } from './postal-address-check';

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
    @Inject(COMMUNE_DIRECTORY) private readonly communes: CommuneDirectory,
  ) {}

  async execute({ ownerId, input }: CreateAccommodation): Promise<{ accommodationId: string; position: Position | null }> {
    const details = parseAccommodationDetails('input', input);
    await assertOfficialPostalAddress(this.communes, 'input', details);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const { ownerNumber, sequence } = await this.reserveReference(ownerId, context);
    const accommodationId = randomUUID();
    const reference = accommodationReference(ownerNumber, sequence);
    const outcome = await handleCommand(
      this.store,
      accommodationStream(accommodationId),
      accommodationDecider,
      command('CreateAccommodation', { accommodationId, ownerId, reference, details }),
      context,
    );
    return { accommodationId, position: outcome.position };
  }

  /**
   * The owner's stream hands out the rank: tabs or an import creating at once each get their own,
   * after as many retries as there are writers. A failure after this step skips a rank;
   * references stay unique, which is what they are for. Only accounts opened before owner
   * numbers existed take the longer way through `ensureOwnerNumber`.
   */
  private async reserveReference(ownerId: string, context: CommandContext): Promise<{ ownerNumber: number; sequence: number }> {
    const reserve = () => handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('ReserveAccommodationReference', {}), context, { maxAttempts: 30 });
    const outcome = await reserve().catch(async (error: unknown) => {
      if (!(error instanceof OwnerHasNoNumber)) throw error;
      await ensureOwnerNumber(this.store, this.em, ownerId, context);
      return reserve();
    });
    const [reservation] = outcome.events;
    if (reservation?.type !== 'AccommodationReferenceReserved' || outcome.state.status !== 'registered' || outcome.state.number === null) {
      throw new Error('The owner stream reserved no accommodation reference');
    }
    return { ownerNumber: outcome.state.number, sequence: reservation.data.sequence };
  }
}
