import { PROMO_CODES_READ_MODEL } from '../contracts';
import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { PromoCodesEvent } from '../domain/promo-codes/promo-codes.decider';
import { PromoCodeRowSchema, type PromoCodeRow } from './promo-code.row';

const HANDLED: readonly PromoCodesEvent['type'][] = ['PromoCodeCreated', 'PromoCodeUpdated', 'PromoCodeRemoved', 'PromoCodeConsumed'];

function evolve(row: PromoCodeRow | null, recorded: RecordedEvent): PromoCodeRow | null {
  const e = recorded as unknown as PromoCodesEvent;
  const at = new Date(recorded.metadata.occurredAt);
  switch (e.type) {
    case 'PromoCodeCreated':
      return { id: e.data.promoCodeId, ownerId: e.data.ownerId, code: e.data.details.code, details: e.data.details, consumedBy: null, createdAt: at, updatedAt: at };
    case 'PromoCodeUpdated':
      return row && { ...row, code: e.data.details.code, details: e.data.details, updatedAt: at };
    case 'PromoCodeRemoved':
      return null;
    case 'PromoCodeConsumed':
      return row && { ...row, consumedBy: e.data.dossierId, updatedAt: at };
    default:
      return assertNever(e);
  }
}

export const promoCodesProjection: Projection<PromoCodeRow> = {
  name: PROMO_CODES_READ_MODEL,
  entity: PromoCodeRowSchema,
  tables: ['promo_codes'],
  handles: HANDLED,
  rowIds: (e) => (typeof e.data.promoCodeId === 'string' ? [e.data.promoCodeId] : []),
  evolve,
};
