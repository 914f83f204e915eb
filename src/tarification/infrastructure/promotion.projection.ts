import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { promotionsEvents, type PromotionsEvent } from '../domain/promotions/promotions.events';
import { PromotionRowSchema, type PromotionRow } from './promotion.row';

function evolve(row: PromotionRow | null, e: DecodedEvent<PromotionsEvent>): PromotionRow | null {
  const at = new Date(e.metadata.occurredAt);
  switch (e.type) {
    case 'PromotionCreated':
      return { id: e.data.promotionId, ownerId: e.data.ownerId, accommodationIds: [...e.data.details.accommodationIds], details: e.data.details, createdAt: at, updatedAt: at };
    case 'PromotionUpdated':
      return row && { ...row, accommodationIds: [...e.data.details.accommodationIds], details: e.data.details, updatedAt: at };
    case 'PromotionRemoved':
      return null;
    default:
      return assertNever(e);
  }
}

export const promotionsProjection: Projection<PromotionRow, PromotionsEvent> = {
  name: 'promotions',
  entity: PromotionRowSchema,
  tables: ['promotions'],
  handles: ['PromotionCreated', 'PromotionUpdated', 'PromotionRemoved'],
  decode: (stored) => promotionsEvents.decode(stored),
  rowIds: (e) => [e.data.promotionId],
  evolve,
};
