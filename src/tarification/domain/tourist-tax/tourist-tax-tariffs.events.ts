import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { calendarDateSchema, moneySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { CLASSIFIED_CATEGORIES, type ClassifiedCategory } from './tourist-tax-legal-bounds';
import { ADDITIONAL_TAX_KINDS, type TaxingAuthority, type TouristTaxTariff } from './tourist-tax-tariff';

/** Who entered a table: an owner for the communes of their accommodations, or a destination for its own. */
export const TARIFF_PUBLISHER_KINDS = ['OWNER', 'DESTINATION'] as const;
export type TariffPublisherKind = (typeof TARIFF_PUBLISHER_KINDS)[number];

export interface TariffPublisher {
  readonly kind: TariffPublisherKind;
  readonly id: string;
}

/**
 * The events of a `tourist-tax-tariffs-<owner|destination>-<id>` stream: their payloads as stored,
 * each with its version. This is a stored contract: a change of shape is a new version with an
 * upcaster.
 */
export interface TouristTaxTariffSet {
  readonly publisher: TariffPublisher;
  /** The whole table, replacing the one of the same authority and year. */
  readonly tariff: TouristTaxTariff;
}

export interface TouristTaxTariffRemoved {
  readonly publisher: TariffPublisher;
  readonly authority: TaxingAuthority;
  readonly year: number;
}

export type TouristTaxTariffsEvent = Event<'TouristTaxTariffSet', TouristTaxTariffSet> | Event<'TouristTaxTariffRemoved', TouristTaxTariffRemoved>;

const publisherSchema: z.ZodType<TariffPublisher> = z.object({ kind: z.enum(TARIFF_PUBLISHER_KINDS), id: z.string() });

const authoritySchema: z.ZodType<TaxingAuthority> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('COMMUNE'), inseeCode: z.string() }),
  z.object({ kind: z.literal('INTERCOMMUNALITY'), siren: z.string(), communes: z.array(z.string()) }),
]);

const perPersonNightSchema = z.object(Object.fromEntries(CLASSIFIED_CATEGORIES.map((category) => [category, moneySchema])) as Record<ClassifiedCategory, typeof moneySchema>);

const tariffSchema: z.ZodType<TouristTaxTariff> = z.object({
  authority: authoritySchema,
  year: z.number().int(),
  perPersonNight: perPersonNightSchema,
  unclassifiedRate: z.number(),
  additionalTaxes: z.array(z.object({ kind: z.enum(ADDITIONAL_TAX_KINDS), label: z.string(), percent: z.number() })),
  collectionPeriod: z.object({ from: calendarDateSchema, to: calendarDateSchema }),
  localExemptions: z.object({
    notes: z.array(z.string()),
    rentThreshold: z.object({ amount: moneySchema, per: z.enum(['NIGHT', 'PERSON_NIGHT']) }).nullable(),
  }),
});

export const touristTaxTariffsEvents = eventCodec<TouristTaxTariffsEvent>('tourist-tax-tariffs', {
  TouristTaxTariffSet: { version: 1, schema: z.object({ publisher: publisherSchema, tariff: tariffSchema }) },
  TouristTaxTariffRemoved: { version: 1, schema: z.object({ publisher: publisherSchema, authority: authoritySchema, year: z.number().int() }) },
});
