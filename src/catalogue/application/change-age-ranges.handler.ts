import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { assertNever } from '../../shared/kernel/assert-never';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { AgeRangeNotFound, parseAgeRange, type AgeRangeInput } from '../domain/owner/age-ranges';
import { ownerDecider, ownerStream, type OwnerCommand } from '../domain/owner/owner.decider';

export type AgeRangeChange =
  | { readonly kind: 'define'; readonly input: AgeRangeInput }
  | { readonly kind: 'change'; readonly ageRangeId: string; readonly input: AgeRangeInput }
  | { readonly kind: 'remove'; readonly ageRangeId: string };

/** Age ranges live on the owner's stream, where the rule that they never overlap is kept. */
export class ChangeAgeRanges extends Command<{ ageRangeId: string; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly change: AgeRangeChange,
  ) {
    super();
  }
}

@CommandHandler(ChangeAgeRanges)
export class ChangeAgeRangesHandler implements ICommandHandler<ChangeAgeRanges> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, change }: ChangeAgeRanges): Promise<{ ageRangeId: string; position: Position | null }> {
    const ageRangeId = change.kind === 'define' ? randomUUID() : change.ageRangeId;
    if (!isUuid(ageRangeId)) throw new AgeRangeNotFound(ageRangeId);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, ownerStream(ownerId), ownerDecider, toCommand(ageRangeId, change), context);
    return { ageRangeId, position: outcome.position };
  }
}

function toCommand(ageRangeId: string, change: AgeRangeChange): OwnerCommand {
  switch (change.kind) {
    case 'define':
      return command('DefineAgeRange', { ageRangeId, range: parseAgeRange('input', change.input) });
    case 'change':
      return command('ChangeAgeRange', { ageRangeId, range: parseAgeRange('input', change.input) });
    case 'remove':
      return command('RemoveAgeRange', { ageRangeId });
    default:
      return assertNever(change);
  }
}
