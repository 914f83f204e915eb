import { EntitySchema } from '@mikro-orm/core';
import type { TouristTaxTariff } from '../domain/tourist-tax/tourist-tax-tariff';
import type { TariffPublisherKind } from '../domain/tourist-tax/tourist-tax-tariffs.events';

/**
 * One tariff table of the taxe de séjour as a publisher entered it: `id` names the publisher,
 * the authority (`authorityKey`) and the year, so a table set again replaces its row.
 */
export interface TouristTaxTariffRow {
  id: string;
  publisherKind: TariffPublisherKind;
  publisherId: string;
  authorityKey: string;
  year: number;
  tariff: TouristTaxTariff;
  updatedAt: Date;
}

export const touristTaxTariffRowId = (publisherKind: TariffPublisherKind, publisherId: string, authorityKey: string, year: number): string =>
  `${publisherKind}/${publisherId}/${authorityKey}/${year}`;

export const TouristTaxTariffRowSchema = new EntitySchema<TouristTaxTariffRow>({
  name: 'TouristTaxTariffRow',
  tableName: 'tourist_tax_tariffs',
  properties: {
    id: { type: 'text', primary: true },
    publisherKind: { type: 'text' },
    publisherId: { type: 'uuid' },
    authorityKey: { type: 'text' },
    year: { type: 'integer' },
    tariff: { type: 'json' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
