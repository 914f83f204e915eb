import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { CLASSIFIED_CATEGORIES, type ClassifiedCategory } from '../domain/tourist-tax/tourist-tax-legal-bounds';
import type { AdditionalTaxKind, TaxingAuthority, TouristTaxTariffInput as DomainInput } from '../domain/tourist-tax/tourist-tax-tariff';
import { authorityKey } from '../domain/tourist-tax/tourist-tax-tariffs.decider';
import { TARIFF_PUBLISHER_KINDS, type TariffPublisherKind } from '../domain/tourist-tax/tourist-tax-tariffs.events';
import type { TouristTaxTariffRow } from '../infrastructure/tourist-tax-tariff.row';
import { AdditionalTaxKindEnum, TouristTaxCategoryEnum } from './tourist-tax-detail.types';

const TaxingAuthorityKindEnum = enumType(['COMMUNE', 'INTERCOMMUNALITY'] as const, 'TaxingAuthorityKind', 'Who levies the taxe de séjour: a commune, or an intercommunality (EPCI) for its member communes');
export const TariffPublisherEnum = enumType(TARIFF_PUBLISHER_KINDS, 'TariffPublisher', 'Who entered a tariff table: the owner, or a destination for its communes');
const RentThresholdPerEnum = enumType(['NIGHT', 'PERSON_NIGHT'] as const, 'RentThresholdPer', 'How a commune words its rent threshold: per night, or per person and per night');

@InputType('TaxingAuthorityInput', { description: 'A commune by its INSEE code (84050, 2A004, 97411), or an intercommunality by its SIREN' })
export class TaxingAuthorityInput {
  @Field(() => TaxingAuthorityKindEnum) kind!: 'COMMUNE' | 'INTERCOMMUNALITY';
  @Field(() => String, { nullable: true }) inseeCode?: string | null;
  @Field(() => String, { nullable: true }) siren?: string | null;
  @Field(() => [String], { nullable: true, description: "INTERCOMMUNALITY: its member communes' INSEE codes (when entering a table)" }) communes?: string[] | null;
}

@InputType('TouristTaxCategoryTariffInput')
export class TouristTaxCategoryTariffInput {
  @Field(() => TouristTaxCategoryEnum) category!: ClassifiedCategory;
  @Field(() => Int, { description: 'Cents per person and per night, before additional taxes, within the legal floor and ceiling of the year' }) cents!: number;
}

@InputType('AdditionalTaxInput')
export class AdditionalTaxInput {
  @Field(() => AdditionalTaxKindEnum) kind!: AdditionalTaxKind;
  @Field(() => String, { nullable: true, description: 'Required but for DEPARTMENTAL' }) label?: string | null;
  @Field(() => Float, { description: "A percentage of the commune's amount: 10 for the department" }) percent!: number;
}

@InputType('CollectionPeriodInput')
export class CollectionPeriodInput {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar, { description: 'Inclusive' }) to!: string;
}

@InputType('RentThresholdInput')
export class RentThresholdInput {
  @Field(() => Int) cents!: number;
  @Field(() => RentThresholdPerEnum) per!: 'NIGHT' | 'PERSON_NIGHT';
}

@InputType('LocalExemptionsInput')
export class LocalExemptionsInput {
  @Field(() => [String], { nullable: true, description: "The deliberation's own words, shown to the owner" }) notes?: string[] | null;
  @Field(() => RentThresholdInput, { nullable: true, description: 'Occupants of premises whose rent is below it are exempt (L2333-31 4°)' }) rentThreshold?: RentThresholdInput | null;
}

@InputType('TouristTaxTariffInput', { description: "A commune's (or intercommunality's) tariff table of the taxe de séjour for one year, as its deliberation sets it; replaces the one of the same authority and year" })
export class TouristTaxTariffInput {
  @Field(() => TaxingAuthorityInput) authority!: TaxingAuthorityInput;
  @Field(() => Int) year!: number;
  @Field(() => [TouristTaxCategoryTariffInput], { description: 'One amount for every category' }) tariffs!: TouristTaxCategoryTariffInput[];
  @Field(() => Float, { description: 'Unclassified accommodations: the percentage (1 to 5) of the cost per person of the night' }) unclassifiedRate!: number;
  @Field(() => [AdditionalTaxInput], { nullable: true }) additionalTaxes?: AdditionalTaxInput[] | null;
  @Field(() => CollectionPeriodInput, { nullable: true, description: 'The whole year when absent' }) collectionPeriod?: CollectionPeriodInput | null;
  @Field(() => LocalExemptionsInput, { nullable: true }) localExemptions?: LocalExemptionsInput | null;
}

@InputType('TouristTaxTariffSourceInput', { description: 'Whose tables of which authority tax an accommodation "au réel"' })
export class TouristTaxTariffSourceInput {
  @Field(() => TaxingAuthorityInput) authority!: TaxingAuthorityInput;
  @Field(() => ID, { nullable: true, description: "A destination listing the accommodation, to use its tables; the owner's own when absent" }) destinationId?: string | null;
}

export function domainTariffInput(input: TouristTaxTariffInput): DomainInput {
  const perPersonNight: Partial<Record<ClassifiedCategory, number>> = {};
  for (const { category, cents } of input.tariffs) perPersonNight[category] = cents;
  return { ...input, perPersonNight };
}

@ObjectType('TaxingAuthority')
export class TaxingAuthorityType {
  @Field(() => TaxingAuthorityKindEnum) kind!: TaxingAuthority['kind'];
  @Field(() => String, { nullable: true }) inseeCode!: string | null;
  @Field(() => String, { nullable: true }) siren!: string | null;
  @Field(() => [String]) communes!: string[];
  @Field({ description: 'How an accommodation names it: COMMUNE:84050, INTERCOMMUNALITY:200054781' }) key!: string;
}

@ObjectType('TouristTaxCategoryTariff')
export class TouristTaxCategoryTariffType {
  @Field(() => TouristTaxCategoryEnum) category!: ClassifiedCategory;
  @Field(() => MoneyType) amount!: MoneyType;
}

@ObjectType('AdditionalTax')
export class AdditionalTaxType {
  @Field(() => AdditionalTaxKindEnum) kind!: AdditionalTaxKind;
  @Field() label!: string;
  @Field(() => Float) percent!: number;
}

@ObjectType('CollectionPeriod')
export class CollectionPeriodType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

@ObjectType('RentThreshold')
export class RentThresholdType {
  @Field(() => MoneyType) amount!: MoneyType;
  @Field(() => RentThresholdPerEnum) per!: 'NIGHT' | 'PERSON_NIGHT';
}

@ObjectType('LocalExemptions')
export class LocalExemptionsType {
  @Field(() => [String]) notes!: string[];
  @Field(() => RentThresholdType, { nullable: true }) rentThreshold!: RentThresholdType | null;
}

@ObjectType('TouristTaxTariff', { description: "One authority's tariff table of the taxe de séjour for one year" })
export class TouristTaxTariffType {
  @Field(() => TariffPublisherEnum) publisher!: TariffPublisherKind;
  @Field(() => ID, { nullable: true, description: 'The destination that entered it' }) destinationId!: string | null;
  @Field(() => TaxingAuthorityType) authority!: TaxingAuthorityType;
  @Field(() => Int) year!: number;
  @Field(() => [TouristTaxCategoryTariffType]) tariffs!: TouristTaxCategoryTariffType[];
  @Field(() => Float) unclassifiedRate!: number;
  @Field(() => [AdditionalTaxType]) additionalTaxes!: AdditionalTaxType[];
  @Field(() => CollectionPeriodType) collectionPeriod!: CollectionPeriodType;
  @Field(() => LocalExemptionsType) localExemptions!: LocalExemptionsType;
}

export function touristTaxTariffType(row: TouristTaxTariffRow): TouristTaxTariffType {
  const { tariff } = row;
  const { authority } = tariff;
  return {
    publisher: row.publisherKind,
    destinationId: row.publisherKind === 'DESTINATION' ? row.publisherId : null,
    authority: {
      kind: authority.kind,
      inseeCode: authority.kind === 'COMMUNE' ? authority.inseeCode : null,
      siren: authority.kind === 'INTERCOMMUNALITY' ? authority.siren : null,
      communes: authority.kind === 'INTERCOMMUNALITY' ? [...authority.communes] : [authority.inseeCode],
      key: authorityKey(authority),
    },
    year: tariff.year,
    tariffs: CLASSIFIED_CATEGORIES.map((category) => ({ category, amount: moneyType(tariff.perPersonNight[category]) })),
    unclassifiedRate: tariff.unclassifiedRate,
    additionalTaxes: tariff.additionalTaxes.map((tax) => ({ ...tax })),
    collectionPeriod: { ...tariff.collectionPeriod },
    localExemptions: {
      notes: [...tariff.localExemptions.notes],
      rentThreshold: tariff.localExemptions.rentThreshold && { amount: moneyType(tariff.localExemptions.rentThreshold.amount), per: tariff.localExemptions.rentThreshold.per },
    },
  };
}
