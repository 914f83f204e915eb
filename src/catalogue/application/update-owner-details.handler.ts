import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseOwnerDetails, type OwnerDetailsInput } from '../domain/owner/owner-details';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { COMMUNE_DIRECTORY, type CommuneDirectory } from './ports';
import { assertOfficialPostalAddress } from './postal-address-check';

export class UpdateOwnerDetails extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly input: OwnerDetailsInput,
  ) {
    super();
  }
}

@CommandHandler(UpdateOwnerDetails)
export class UpdateOwnerDetailsHandler implements ICommandHandler<UpdateOwnerDetails> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMUNE_DIRECTORY) private readonly communes: CommuneDirectory,
  ) {}

  async execute({ ownerId, input }: UpdateOwnerDetails): Promise<{ position: Position | null }> {
    const details = parseOwnerDetails('input', input);
    await assertOfficialPostalAddress(this.communes, 'input', details);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('UpdateOwnerDetails', { details }), context);
    return { position: outcome.position };
  }
}
