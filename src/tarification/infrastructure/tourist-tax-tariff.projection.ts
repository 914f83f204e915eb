import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { authorityKey } from '../domain/tourist-tax/tourist-tax-tariffs.decider';
import { touristTaxTariffsEvents, type TouristTaxTariffsEvent } from '../domain/tourist-tax/tourist-tax-tariffs.events';
import { touristTaxTariffRowId, TouristTaxTariffRowSchema, type TouristTaxTariffRow } from './tourist-tax-tariff.row';

function rowId(e: DecodedEvent<TouristTaxTariffsEvent>): string {
  const { publisher } = e.data;
  return e.type === 'TouristTaxTariffSet'
    ? touristTaxTariffRowId(publisher.kind, publisher.id, authorityKey(e.data.tariff.authority), e.data.tariff.year)
    : touristTaxTariffRowId(publisher.kind, publisher.id, authorityKey(e.data.authority), e.data.year);
}

function evolve(_: TouristTaxTariffRow | null, e: DecodedEvent<TouristTaxTariffsEvent>): TouristTaxTariffRow | null {
  switch (e.type) {
    case 'TouristTaxTariffSet': {
      const { publisher, tariff } = e.data;
      return { id: rowId(e), publisherKind: publisher.kind, publisherId: publisher.id, authorityKey: authorityKey(tariff.authority), year: tariff.year, tariff, updatedAt: new Date(e.metadata.occurredAt) };
    }
    case 'TouristTaxTariffRemoved':
      return null;
    default:
      return assertNever(e);
  }
}

export const touristTaxTariffsProjection: Projection<TouristTaxTariffRow, TouristTaxTariffsEvent> = {
  name: 'tourist-tax-tariffs',
  entity: TouristTaxTariffRowSchema,
  tables: ['tourist_tax_tariffs'],
  handles: ['TouristTaxTariffSet', 'TouristTaxTariffRemoved'],
  decode: (stored) => touristTaxTariffsEvents.decode(stored),
  rowIds: (e) => [rowId(e)],
  evolve,
};
