import { isDeepStrictEqual } from 'node:util';
import { assertOwnsAccommodations, type AccommodationOwners } from '../../../shared/kernel/accommodation-access';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict, NotFound } from '../../../shared/kernel/errors';
import { event, type Command } from '../../../shared/kernel/message';
import type { PromoCodeDetails } from './promo-code';
import { promoCodesEvents, type PromoCodesEvent } from './promo-codes.events';

export type { PromoCodesEvent };

/**
 * Stream `promo-codes-<ownerId>`: all of one owner's codes, so that a code is unique among them
 * under concurrent writes, and a single-use code is consumed once.
 */
export const promoCodesStream = (ownerId: string) => `promo-codes-${ownerId}`;

export const MAX_PROMO_CODES = 500;

export type PromoCodesCommand =
  | Command<'CreatePromoCode', { promoCodeId: string; ownerId: string; details: PromoCodeDetails; accommodationOwners: AccommodationOwners }>
  | Command<'UpdatePromoCode', { promoCodeId: string; ownerId: string; details: PromoCodeDetails; accommodationOwners: AccommodationOwners }>
  | Command<'RemovePromoCode', { promoCodeId: string; ownerId: string }>
  | Command<'ConsumePromoCode', { promoCodeId: string; ownerId: string; dossierId: string }>
  /** Undoes ConsumePromoCode for a booking file that failed to open. */
  | Command<'ReleasePromoCode', { promoCodeId: string; ownerId: string; dossierId: string }>;

export interface LivePromoCode {
  readonly details: PromoCodeDetails;
  /** The booking file that used a single-use code; null while it is unused. */
  readonly consumedBy: string | null;
}

export interface PromoCodes {
  readonly live: ReadonlyMap<string, LivePromoCode>;
  readonly removed: ReadonlySet<string>;
}

export class PromoCodeNotFound extends NotFound {
  constructor(promoCodeId: string) {
    super('Promo code', promoCodeId, 'id');
  }
}

export class PromoCodeTaken extends Conflict {
  constructor(code: string) {
    super(`input.code: you already have a promo code ${code}`, 'input.code');
  }
}

export class PromoCodeAlreadyUsed extends Conflict {
  constructor(code: string) {
    super(`Promo code ${code} is single-use and has already been used`);
  }
}

export class TooManyPromoCodes extends Conflict {
  constructor() {
    super(`An owner may keep at most ${MAX_PROMO_CODES} promo codes; remove one first`);
  }
}

export function decide(command: PromoCodesCommand, state: PromoCodes): PromoCodesEvent[] {
  const { promoCodeId, ownerId } = command.data;
  if (command.type === 'CreatePromoCode') {
    if (state.live.has(promoCodeId) || state.removed.has(promoCodeId)) return [];
    if (state.live.size >= MAX_PROMO_CODES) throw new TooManyPromoCodes();
    assertUsable(command.data, state);
    return [event('PromoCodeCreated', { promoCodeId, ownerId, details: command.data.details })];
  }
  // Removing again (a retry) is no change; nor is giving back a removed code, which no booking may use any more.
  if ((command.type === 'RemovePromoCode' || command.type === 'ReleasePromoCode') && state.removed.has(promoCodeId)) return [];
  const current = state.live.get(promoCodeId);
  if (!current) throw new PromoCodeNotFound(promoCodeId);
  switch (command.type) {
    case 'UpdatePromoCode':
      assertUsable(command.data, state);
      return isDeepStrictEqual(current.details, command.data.details) ? [] : [event('PromoCodeUpdated', { promoCodeId, ownerId, details: command.data.details })];
    case 'RemovePromoCode':
      return [event('PromoCodeRemoved', { promoCodeId, ownerId })];
    case 'ConsumePromoCode':
      if (current.details.usage === 'MULTIPLE' || current.consumedBy === command.data.dossierId) return [];
      if (current.consumedBy !== null) throw new PromoCodeAlreadyUsed(current.details.code);
      return [event('PromoCodeConsumed', { promoCodeId, ownerId, dossierId: command.data.dossierId })];
    case 'ReleasePromoCode':
      // Only the file that took the code gives it back: a late or repeated release never frees another file's code.
      return current.consumedBy === command.data.dossierId ? [event('PromoCodeReleased', { promoCodeId, ownerId, dossierId: command.data.dossierId })] : [];
    default:
      return assertNever(command);
  }
}

function assertUsable(data: { promoCodeId: string; ownerId: string; details: PromoCodeDetails; accommodationOwners: AccommodationOwners }, state: PromoCodes): void {
  for (const [id, other] of state.live) {
    if (id !== data.promoCodeId && other.details.code === data.details.code) throw new PromoCodeTaken(data.details.code);
  }
  assertOwnsAccommodations(data.details.accommodationIds, data.accommodationOwners, data.ownerId, 'input.accommodationIds');
}

export function evolve(state: PromoCodes, e: PromoCodesEvent): PromoCodes {
  const live = new Map(state.live);
  switch (e.type) {
    case 'PromoCodeCreated':
      live.set(e.data.promoCodeId, { details: e.data.details, consumedBy: null });
      return { live, removed: state.removed };
    case 'PromoCodeUpdated': {
      const current = live.get(e.data.promoCodeId);
      live.set(e.data.promoCodeId, { details: e.data.details, consumedBy: current?.consumedBy ?? null });
      return { live, removed: state.removed };
    }
    case 'PromoCodeRemoved':
      live.delete(e.data.promoCodeId);
      return { live, removed: new Set(state.removed).add(e.data.promoCodeId) };
    case 'PromoCodeConsumed': {
      const current = live.get(e.data.promoCodeId);
      if (current) live.set(e.data.promoCodeId, { ...current, consumedBy: e.data.dossierId });
      return { live, removed: state.removed };
    }
    case 'PromoCodeReleased': {
      const current = live.get(e.data.promoCodeId);
      if (current) live.set(e.data.promoCodeId, { ...current, consumedBy: null });
      return { live, removed: state.removed };
    }
    default:
      return assertNever(e);
  }
}

export const promoCodesDecider: Decider<PromoCodesCommand, PromoCodesEvent, PromoCodes> = {
  decide,
  evolve,
  initialState: () => ({ live: new Map(), removed: new Set() }),
  events: promoCodesEvents,
};
