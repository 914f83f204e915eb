import { EntitySchema } from '@mikro-orm/core';
import type { BookingRules } from '../domain/rules/booking-rules';
import type { TouristTax } from '../domain/rules/tourist-tax';

export type TouristTaxSource = Omit<Extract<TouristTax, { kind: 'TARIFF' }>, 'kind'>;

/** One accommodation's booking rules and tourist tax; id is the accommodation's. */
export interface PricingSettingsRow {
  id: string;
  ownerId: string;
  /** Null until the owner sets them: the defaults apply. */
  bookingRules: BookingRules | null;
  /** Set when the tax is "au réel", from tariff tables: whose tables, of which authority. */
  touristTaxSource: TouristTaxSource | null;
  touristTaxCents: number | null;
  updatedAt: Date;
}

export const PricingSettingsRowSchema = new EntitySchema<PricingSettingsRow>({
  name: 'PricingSettingsRow',
  tableName: 'pricing_settings',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    bookingRules: { type: 'json', nullable: true },
    touristTaxCents: { type: 'integer', nullable: true },
    touristTaxSource: { type: 'json', nullable: true },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
