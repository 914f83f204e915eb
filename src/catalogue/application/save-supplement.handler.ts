import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { accommodationDecider, accommodationStream } from '../domain/accommodation/accommodation.decider';
import type { AccommodationOwners } from '../../shared/kernel/accommodation-access';
import { parseSupplementDetails, type SupplementDetailsInput } from '../domain/supplement/supplement-details';
import { supplementDecider, supplementStream } from '../domain/supplement/supplement.decider';
import { SupplementNotFound } from '../domain/supplement/supplement.errors';

/** Defines a supplement when `supplementId` is null, else replaces the details of that one. */
export class SaveSupplement extends Command<{ supplementId: string; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly supplementId: string | null,
    readonly input: SupplementDetailsInput,
  ) {
    super();
  }
}

@CommandHandler(SaveSupplement)
export class SaveSupplementHandler implements ICommandHandler<SaveSupplement> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, supplementId: existingId, input }: SaveSupplement): Promise<{ supplementId: string; position: Position | null }> {
    if (existingId !== null && !isUuid(existingId)) throw new SupplementNotFound(existingId);
    const details = parseSupplementDetails('input', input);
    const accommodationOwners = await this.ownersOf(details.accommodationIds);
    const supplementId = existingId ?? randomUUID();
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(
      this.store,
      supplementStream(supplementId),
      supplementDecider,
      existingId === null
        ? command('DefineSupplement', { supplementId, ownerId, details, accommodationOwners })
        : command('UpdateSupplement', { supplementId, ownerId, details, accommodationOwners }),
      context,
    );
    return { supplementId, position: outcome.position };
  }

  /** Read from the accommodations' own streams, so one created a moment ago is found. */
  private async ownersOf(accommodationIds: readonly string[]): Promise<AccommodationOwners> {
    const owners = await Promise.all(
      accommodationIds.map(async (id): Promise<[string, string | null]> => {
        if (!isUuid(id)) return [id, null];
        const accommodation = await loadState(this.store, accommodationStream(id), accommodationDecider);
        return [id, accommodation.status === 'none' ? null : accommodation.ownerId];
      }),
    );
    return new Map(owners);
  }
}
