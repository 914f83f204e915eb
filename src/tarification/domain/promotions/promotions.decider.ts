import { isDeepStrictEqual } from 'node:util';
import { assertOwnsAccommodations, type AccommodationOwners } from '../../../shared/kernel/accommodation-access';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict, NotFound } from '../../../shared/kernel/errors';
import { event, type Command } from '../../../shared/kernel/message';
import type { PromotionDetails } from './promotion';
import { promotionsEvents, type PromotionsEvent } from './promotions.events';

export type { PromotionsEvent };

/** Stream `promotions-<ownerId>`: all of one owner's promotions, so their count is bounded. */
export const promotionsStream = (ownerId: string) => `promotions-${ownerId}`;

export const MAX_PROMOTIONS = 200;

/** `accommodationOwners` says whose each named accommodation is, as the handler found it. */
export type PromotionsCommand =
  | Command<'CreatePromotion', { promotionId: string; ownerId: string; details: PromotionDetails; accommodationOwners: AccommodationOwners }>
  | Command<'UpdatePromotion', { promotionId: string; ownerId: string; details: PromotionDetails; accommodationOwners: AccommodationOwners }>
  | Command<'RemovePromotion', { promotionId: string; ownerId: string }>;

/** Removed ones are remembered so that removing twice (a retried request) is no error. */
export interface Promotions {
  readonly live: ReadonlyMap<string, PromotionDetails>;
  readonly removed: ReadonlySet<string>;
}

export class PromotionNotFound extends NotFound {
  constructor(promotionId: string) {
    super('Promotion', promotionId, 'id');
  }
}

export class TooManyPromotions extends Conflict {
  constructor() {
    super(`An owner may keep at most ${MAX_PROMOTIONS} promotions; remove one first`);
  }
}

export function decide(command: PromotionsCommand, state: Promotions): PromotionsEvent[] {
  const { promotionId, ownerId } = command.data;
  switch (command.type) {
    case 'CreatePromotion':
      if (state.live.has(promotionId) || state.removed.has(promotionId)) return [];
      if (state.live.size >= MAX_PROMOTIONS) throw new TooManyPromotions();
      assertOwnsAccommodations(command.data.details.accommodationIds, command.data.accommodationOwners, ownerId, 'input.accommodationIds');
      return [event('PromotionCreated', { promotionId, ownerId, details: command.data.details })];
    case 'UpdatePromotion': {
      const current = state.live.get(promotionId);
      if (!current) throw new PromotionNotFound(promotionId);
      assertOwnsAccommodations(command.data.details.accommodationIds, command.data.accommodationOwners, ownerId, 'input.accommodationIds');
      return isDeepStrictEqual(current, command.data.details) ? [] : [event('PromotionUpdated', { promotionId, ownerId, details: command.data.details })];
    }
    case 'RemovePromotion':
      if (state.removed.has(promotionId)) return [];
      if (!state.live.has(promotionId)) throw new PromotionNotFound(promotionId);
      return [event('PromotionRemoved', { promotionId, ownerId })];
    default:
      return assertNever(command);
  }
}

export function evolve(state: Promotions, e: PromotionsEvent): Promotions {
  const live = new Map(state.live);
  switch (e.type) {
    case 'PromotionCreated':
    case 'PromotionUpdated':
      live.set(e.data.promotionId, e.data.details);
      return { live, removed: state.removed };
    case 'PromotionRemoved':
      live.delete(e.data.promotionId);
      return { live, removed: new Set(state.removed).add(e.data.promotionId) };
    default:
      return assertNever(e);
  }
}

export const promotionsDecider: Decider<PromotionsCommand, PromotionsEvent, Promotions> = {
  decide,
  evolve,
  initialState: () => ({ live: new Map(), removed: new Set() }),
  events: promotionsEvents,
};
