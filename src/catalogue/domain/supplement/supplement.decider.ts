import { isDeepStrictEqual } from 'node:util';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { assertOwnsAccommodations, type AccommodationOwners } from '../../../shared/kernel/accommodation-access';
import type { SupplementDetails } from './supplement-details';
import { NotYourSupplement, SupplementNotFound } from './supplement.errors';
import { supplementEvents, type SupplementEvent } from './supplement.events';

export type { SupplementEvent };

/** Stream `supplement-<supplementId>`. */
export const supplementStream = (supplementId: string) => `supplement-${supplementId}`;

/** `ownerId` is the caller's; `accommodationOwners` says whose each named accommodation is. */
export type SupplementCommand =
  | Command<'DefineSupplement', { supplementId: string; ownerId: string; details: SupplementDetails; accommodationOwners: AccommodationOwners }>
  | Command<'UpdateSupplement', { supplementId: string; ownerId: string; details: SupplementDetails; accommodationOwners: AccommodationOwners }>
  | Command<'RemoveSupplement', { supplementId: string; ownerId: string }>;

export type Supplement =
  | { readonly status: 'none' }
  | { readonly status: 'defined' | 'removed'; readonly supplementId: string; readonly ownerId: string; readonly details: SupplementDetails };

export function decide(command: SupplementCommand, state: Supplement): SupplementEvent[] {
  const { supplementId, ownerId } = command.data;
  if (command.type === 'DefineSupplement') {
    if (state.status !== 'none') return [];
    assertOwnsAccommodations(command.data.details.accommodationIds, command.data.accommodationOwners, ownerId, 'input.accommodationIds');
    return [event('SupplementDefined', { supplementId, ownerId, details: command.data.details })];
  }
  if (state.status === 'none') throw new SupplementNotFound(supplementId);
  if (state.ownerId !== ownerId) throw new NotYourSupplement(supplementId);
  switch (command.type) {
    case 'UpdateSupplement':
      if (state.status === 'removed') throw new SupplementNotFound(supplementId);
      assertOwnsAccommodations(command.data.details.accommodationIds, command.data.accommodationOwners, ownerId, 'input.accommodationIds');
      // Key order is not kept by every event store (jsonb sorts keys), so compare by value.
      return isDeepStrictEqual(state.details, command.data.details) ? [] : [event('SupplementUpdated', { supplementId, ownerId, details: command.data.details })];
    case 'RemoveSupplement':
      return state.status === 'removed' ? [] : [event('SupplementRemoved', { supplementId, ownerId })];
    default:
      return assertNever(command);
  }
}

export function evolve(state: Supplement, e: SupplementEvent): Supplement {
  switch (e.type) {
    case 'SupplementDefined':
      return { status: 'defined', supplementId: e.data.supplementId, ownerId: e.data.ownerId, details: e.data.details };
    case 'SupplementUpdated':
      return state.status === 'none' ? state : { ...state, details: e.data.details };
    case 'SupplementRemoved':
      return state.status === 'none' ? state : { ...state, status: 'removed' };
    default:
      return assertNever(e);
  }
}

export const supplementDecider: Decider<SupplementCommand, SupplementEvent, Supplement> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
  events: supplementEvents,
};
