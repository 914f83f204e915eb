import { EntitySchema } from '@mikro-orm/core';
import { euros } from '../../shared/kernel/money';
import type { StayRate } from '../domain/rates/rate-grid';
import type { Occupancy, RateDiscount } from '../domain/rates/rate-price';

/** Read model of one stay rate; id `<accommodationId>/<stayRateId>`, e.g. `…/2026-07-04/P7D`. */
export interface StayRateRow {
  id: string;
  accommodationId: string;
  ownerId: string;
  arrival: string;
  nights: number;
  initialCents: number;
  discount: RateDiscount | null;
  saleCents: number;
  occupancy: Occupancy | null;
  updatedAt: Date;
}

export const StayRateRowSchema = new EntitySchema<StayRateRow>({
  name: 'StayRateRow',
  tableName: 'stay_rates',
  properties: {
    id: { type: 'text', primary: true },
    accommodationId: { type: 'uuid' },
    ownerId: { type: 'uuid' },
    arrival: { type: 'string', columnType: 'date' },
    nights: { type: 'integer' },
    initialCents: { type: 'integer' },
    discount: { type: 'json', nullable: true },
    saleCents: { type: 'integer' },
    occupancy: { type: 'json', nullable: true },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

export const stayRateRowId = (accommodationId: string, stayRateId: string): string => `${accommodationId}/${stayRateId}`;

export function stayRateOf(row: StayRateRow): StayRate {
  return {
    arrival: row.arrival,
    nights: row.nights,
    initialPrice: euros(row.initialCents),
    discount: row.discount,
    salePrice: euros(row.saleCents),
    occupancy: row.occupancy,
  };
}
