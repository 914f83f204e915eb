import { PROMO_CODES_READ_MODEL } from '../contracts';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { promoCodesEvents, type PromoCodesEvent } from '../domain/promo-codes/promo-codes.events';
import { PromoCodeRowSchema, type PromoCodeRow } from './promo-code.row';

function evolve(row: PromoCodeRow | null, e: DecodedEvent<PromoCodesEvent>): PromoCodeRow | null {
  const at = new Date(e.metadata.occurredAt);
  switch (e.type) {
    case 'PromoCodeCreated':
      return { id: e.data.promoCodeId, ownerId: e.data.ownerId, code: e.data.details.code, details: e.data.details, consumedBy: null, createdAt: at, updatedAt: at };
    case 'PromoCodeUpdated':
      return row && { ...row, code: e.data.details.code, details: e.data.details, updatedAt: at };
    case 'PromoCodeRemoved':
      return null;
    case 'PromoCodeConsumed':
      return row && { ...row, consumedBy: e.data.dossierId, updatedAt: at };
    case 'PromoCodeReleased':
      return row && { ...row, consumedBy: null, updatedAt: at };
    default:
      return assertNever(e);
  }
}

export const promoCodesProjection: Projection<PromoCodeRow, PromoCodesEvent> = {
  name: PROMO_CODES_READ_MODEL,
  entity: PromoCodeRowSchema,
  tables: ['promo_codes'],
  handles: ['PromoCodeCreated', 'PromoCodeUpdated', 'PromoCodeRemoved', 'PromoCodeConsumed', 'PromoCodeReleased'],
  decode: (stored) => promoCodesEvents.decode(stored),
  rowIds: (e) => [e.data.promoCodeId],
  evolve,
};
