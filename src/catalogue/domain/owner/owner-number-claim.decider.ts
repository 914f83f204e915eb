import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { event, type Command } from '../../../shared/kernel/message';
import { ownerNumberClaimEvents, type OwnerNumberClaimEvent } from './owner-number-claim.events';

export type { OwnerNumberClaimEvent };

/**
 * One stream per owner number, `owner-number-<n>`: its expected revision lets exactly one owner
 * take a number, however many sign up at once, without a counter stream every sign-up would
 * queue on. Numbers may skip when a sign-up fails after its claim; they never repeat.
 */
export const ownerNumberStream = (number: number) => `owner-number-${number}`;

export type OwnerNumberClaimCommand = Command<'ClaimOwnerNumber', { number: number; ownerId: string }>;

export interface OwnerNumberClaim {
  readonly ownerId: string | null;
}

export class OwnerNumberTaken extends Conflict {
  constructor(number: number) {
    super(`Owner number ${number} is taken`);
  }
}

export function decide(command: OwnerNumberClaimCommand, state: OwnerNumberClaim): OwnerNumberClaimEvent[] {
  switch (command.type) {
    case 'ClaimOwnerNumber':
      if (state.ownerId === command.data.ownerId) return [];
      if (state.ownerId !== null) throw new OwnerNumberTaken(command.data.number);
      return [event('OwnerNumberClaimed', { number: command.data.number, ownerId: command.data.ownerId })];
    default:
      return assertNever(command.type);
  }
}

export function evolve(_: OwnerNumberClaim, e: OwnerNumberClaimEvent): OwnerNumberClaim {
  switch (e.type) {
    case 'OwnerNumberClaimed':
      return { ownerId: e.data.ownerId };
    default:
      return assertNever(e.type);
  }
}

export const ownerNumberClaimDecider: Decider<OwnerNumberClaimCommand, OwnerNumberClaimEvent, OwnerNumberClaim> = {
  decide,
  evolve,
  initialState: () => ({ ownerId: null }),
  events: ownerNumberClaimEvents,
};
