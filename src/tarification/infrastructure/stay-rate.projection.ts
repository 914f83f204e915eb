import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { expandRateSetting, parseStayRateId, stayRateId } from '../domain/rates/rate-grid';
import { ratesEvents, type RatesEvent } from '../domain/rates/rates.events';
import { StayRateRowSchema, stayRateRowId, type StayRateRow } from './stay-rate.row';

function rowIds(e: DecodedEvent<RatesEvent>): string[] {
  const { accommodationId } = e.data;
  switch (e.type) {
    case 'RatesSet':
      return expandRateSetting(e.data.setting).map((rate) => stayRateRowId(accommodationId, stayRateId(rate.arrival, rate.nights)));
    case 'RatesDeleted':
      return e.data.stayRateIds.map((id) => stayRateRowId(accommodationId, id));
    default:
      return assertNever(e);
  }
}

/** Each row a setting touches gets the setting's price; the row id says which stay it is. */
function evolve(_: StayRateRow | null, e: DecodedEvent<RatesEvent>, id: string): StayRateRow | null {
  switch (e.type) {
    case 'RatesSet': {
      const { accommodationId, ownerId, setting } = e.data;
      const { arrival, nights } = parseStayRateId('id', id.slice(accommodationId.length + 1));
      const { price } = setting;
      return {
        id,
        accommodationId,
        ownerId,
        arrival,
        nights,
        initialCents: price.initialPrice.cents,
        discount: price.discount,
        saleCents: price.salePrice.cents,
        occupancy: price.occupancy,
        updatedAt: new Date(e.metadata.occurredAt),
      };
    }
    case 'RatesDeleted':
      return null;
    default:
      return assertNever(e);
  }
}

export const stayRatesProjection: Projection<StayRateRow, RatesEvent> = {
  name: 'stay-rates',
  entity: StayRateRowSchema,
  tables: ['stay_rates'],
  handles: ['RatesSet', 'RatesDeleted'],
  decode: (stored) => ratesEvents.decode(stored),
  rowIds,
  evolve,
};
