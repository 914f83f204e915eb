import { isDeepStrictEqual } from 'node:util';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import type { EstablishmentDetails } from './establishment-details';
import { establishmentEvents, type EstablishmentEvent } from './establishment.events';

export type { EstablishmentEvent };

/**
 * Stream `establishment-<ownerId>`: the owner's place as a whole (the "structure"), presented
 * above its accommodations in documents and on the booking pages.
 */
export const establishmentStream = (ownerId: string) => `establishment-${ownerId}`;

export type EstablishmentCommand = Command<'DescribeEstablishment', { ownerId: string; details: EstablishmentDetails }>;

export interface Establishment {
  readonly details: EstablishmentDetails | null;
}

export function decide(command: EstablishmentCommand, state: Establishment): EstablishmentEvent[] {
  switch (command.type) {
    case 'DescribeEstablishment': {
      const { ownerId, details } = command.data;
      // Key order is not kept by every event store (jsonb sorts keys), so compare by value.
      return isDeepStrictEqual(state.details, details) ? [] : [event('EstablishmentDescribed', { ownerId, details })];
    }
    default:
      return assertNever(command.type);
  }
}

export function evolve(_: Establishment, e: EstablishmentEvent): Establishment {
  switch (e.type) {
    case 'EstablishmentDescribed':
      return { details: e.data.details };
    default:
      return assertNever(e.type);
  }
}

export const establishmentDecider: Decider<EstablishmentCommand, EstablishmentEvent, Establishment> = {
  decide,
  evolve,
  initialState: () => ({ details: null }),
  events: establishmentEvents,
};
