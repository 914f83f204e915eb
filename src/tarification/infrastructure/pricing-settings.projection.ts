import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { decoderOf } from '../../shared/kernel/event-codec';
import { bookingRulesEvents, type BookingRulesEvent } from '../domain/rules/booking-rules.events';
import { touristTaxEvents, type TouristTaxEvent } from '../domain/rules/tourist-tax.events';
import { PricingSettingsRowSchema, type PricingSettingsRow } from './pricing-settings.row';

type PricingSettingsEvent = BookingRulesEvent | TouristTaxEvent;

function evolve(row: PricingSettingsRow | null, e: DecodedEvent<PricingSettingsEvent>): PricingSettingsRow {
  const current = row ?? { id: e.data.accommodationId, ownerId: e.data.ownerId, bookingRules: null, touristTaxCents: null, touristTaxSource: null };
  const updatedAt = new Date(e.metadata.occurredAt);
  switch (e.type) {
    case 'BookingRulesSet':
      return { ...current, bookingRules: e.data.value, updatedAt };
    case 'TouristTaxSet':
      return {
        ...current,
        touristTaxCents: e.data.value?.kind === 'FLAT' ? e.data.value.perPersonPerNight.cents : null,
        touristTaxSource: e.data.value?.kind === 'TARIFF' ? { publisher: e.data.value.publisher, authority: e.data.value.authority } : null,
        updatedAt,
      };
    default:
      return assertNever(e);
  }
}

export const pricingSettingsProjection: Projection<PricingSettingsRow, PricingSettingsEvent> = {
  name: 'pricing-settings',
  entity: PricingSettingsRowSchema,
  tables: ['pricing_settings'],
  handles: ['BookingRulesSet', 'TouristTaxSet'],
  decode: decoderOf<PricingSettingsEvent>(bookingRulesEvents, touristTaxEvents),
  rowIds: (e) => [e.data.accommodationId],
  evolve,
};
