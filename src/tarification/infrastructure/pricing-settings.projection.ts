import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { BookingRulesEvent } from '../domain/rules/booking-rules.decider';
import type { TouristTaxEvent } from '../domain/rules/tourist-tax.decider';
import { PricingSettingsRowSchema, type PricingSettingsRow } from './pricing-settings.row';

type PricingSettingsEvent = BookingRulesEvent | TouristTaxEvent;

const HANDLED: readonly PricingSettingsEvent['type'][] = ['BookingRulesSet', 'TouristTaxSet'];

function evolve(row: PricingSettingsRow | null, recorded: RecordedEvent): PricingSettingsRow {
  const e = recorded as unknown as PricingSettingsEvent;
  const current = row ?? { id: e.data.accommodationId, ownerId: e.data.ownerId, bookingRules: null, touristTaxCents: null };
  const updatedAt = new Date(recorded.metadata.occurredAt);
  switch (e.type) {
    case 'BookingRulesSet':
      return { ...current, bookingRules: e.data.value, updatedAt };
    case 'TouristTaxSet':
      return { ...current, touristTaxCents: e.data.value?.perPersonPerNight.cents ?? null, updatedAt };
    default:
      return assertNever(e);
  }
}

export const pricingSettingsProjection: Projection<PricingSettingsRow> = {
  name: 'pricing-settings',
  entity: PricingSettingsRowSchema,
  tables: ['pricing_settings'],
  handles: HANDLED,
  rowIds: (e) => (typeof e.data.accommodationId === 'string' ? [e.data.accommodationId] : []),
  evolve,
};
