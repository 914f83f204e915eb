import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { PromotionsEvent } from '../domain/promotions/promotions.decider';
import { PromotionRowSchema, type PromotionRow } from './promotion.row';

const HANDLED: readonly PromotionsEvent['type'][] = ['PromotionCreated', 'PromotionUpdated', 'PromotionRemoved'];

function evolve(row: PromotionRow | null, recorded: RecordedEvent): PromotionRow | null {
  const e = recorded as unknown as PromotionsEvent;
  const at = new Date(recorded.metadata.occurredAt);
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

export const promotionsProjection: Projection<PromotionRow> = {
  name: 'promotions',
  entity: PromotionRowSchema,
  tables: ['promotions'],
  handles: HANDLED,
  rowIds: (e) => (typeof e.data.promotionId === 'string' ? [e.data.promotionId] : []),
  evolve,
};
