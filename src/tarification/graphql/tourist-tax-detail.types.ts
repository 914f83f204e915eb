import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import type { TouristTaxDetail, TouristTaxLine } from '../domain/tourist-tax/tourist-tax-computation';
import { CLASSIFIED_CATEGORIES, type ClassifiedCategory } from '../domain/tourist-tax/tourist-tax-legal-bounds';
import { ADDITIONAL_TAX_KINDS, type AdditionalTaxKind } from '../domain/tourist-tax/tourist-tax-tariff';
import { touristTaxLineText } from '../domain/tourist-tax/tourist-tax-wording';

export const TouristTaxCategoryEnum = enumType(CLASSIFIED_CATEGORIES, 'TouristTaxCategory', "A row of the taxe de séjour's legal scale: palace, meublés by stars, chambres d'hôtes (the one-star row)");
export const AdditionalTaxKindEnum = enumType(ADDITIONAL_TAX_KINDS, 'AdditionalTaxKind', "A tax levied on top of the commune's, as a share of it: the department's 10 %, a region's, another");
const TaxLineStatusEnum = enumType(['TAXED', 'OUTSIDE_COLLECTION_PERIOD', 'NO_TARIFF_FOR_YEAR'] as const, 'TouristTaxLineStatus', 'Whether these nights are taxed, and why not');
export const ExemptionReasonEnum = enumType(
  ['MINOR', 'SEASONAL_WORKER', 'EMERGENCY_HOUSING', 'TEMPORARY_REHOUSING', 'RENT_BELOW_THRESHOLD'] as const,
  'TouristTaxExemptionReason',
  'Why a person pays no taxe de séjour (CGCT art. L2333-31): under 18, a seasonal worker, emergency housing or temporary rehousing, or a rent under the commune’s threshold',
);

@InputType('TouristTaxExemptionInput', { description: 'Adults of a stay exempt for a reason the owner records (minors are exempt by their age range)' })
export class TouristTaxExemptionInput {
  @Field(() => ExemptionReasonEnum) reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('TouristTaxExemptCount')
export class TouristTaxExemptCountType {
  @Field(() => ExemptionReasonEnum) reason!: string;
  @Field(() => Int, { description: 'Persons, each of these nights' }) count!: number;
}

@ObjectType('TouristTaxAdditionalShare')
export class TouristTaxAdditionalShareType {
  @Field(() => AdditionalTaxKindEnum) kind!: AdditionalTaxKind;
  @Field() label!: string;
  @Field(() => Float) percent!: number;
  @Field(() => MoneyType) perPersonNight!: MoneyType;
  @Field(() => MoneyType) amount!: MoneyType;
}

@ObjectType('TouristTaxLine', { description: 'Nights taxed alike' })
export class TouristTaxLineType {
  @Field(() => TaxLineStatusEnum) status!: TouristTaxLine['status'];
  @Field(() => [DateScalar]) nights!: string[];
  @Field(() => Int) personsTaxed!: number;
  @Field(() => [TouristTaxExemptCountType]) personsExempt!: TouristTaxExemptCountType[];
  @Field(() => TouristTaxCategoryEnum, { nullable: true, description: 'The row of the table that taxes these nights; null when taxed at a share of the price (unclassified)' })
  category!: ClassifiedCategory | null;
  @Field(() => Float, { nullable: true, description: 'Unclassified: the percentage of the cost per person of the night' }) ratePercent!: number | null;
  @Field(() => MoneyType, { nullable: true, description: "Unclassified: the night's price excluding taxes divided by all its occupants" }) basePerPerson!: MoneyType | null;
  @Field(() => MoneyType, { nullable: true, description: "Unclassified: the cap of the commune's part" }) cap!: MoneyType | null;
  @Field(() => Boolean, { nullable: true }) capApplied!: boolean | null;
  @Field(() => MoneyType, { nullable: true, description: "The commune's part of perPersonNight" }) communalPerPersonNight!: MoneyType | null;
  @Field(() => [TouristTaxAdditionalShareType]) additionalTaxes!: TouristTaxAdditionalShareType[];
  @Field(() => MoneyType, { nullable: true, description: 'Per taxed person and per night, additional taxes included, rounded to the cent' }) perPersonNight!: MoneyType | null;
  @Field(() => MoneyType) amount!: MoneyType;
  @Field({ description: 'The line in French: "7 nuits à partir du 12/07/2025 : 2 personnes × 0,88 € (…) = 12,32 €"' }) textFr!: string;
  @Field({ description: 'The line in English' }) textEn!: string;
}

export function touristTaxLineType(line: TouristTaxLine): TouristTaxLineType {
  const texts = { textFr: touristTaxLineText(line, 'FR'), textEn: touristTaxLineText(line, 'EN') };
  if (line.status !== 'TAXED') {
    return {
      status: line.status,
      nights: [...line.nights],
      personsTaxed: 0,
      personsExempt: [],
      category: null,
      ratePercent: null,
      basePerPerson: null,
      cap: null,
      capApplied: null,
      communalPerPersonNight: null,
      additionalTaxes: [],
      perPersonNight: null,
      amount: moneyType(line.amount),
      ...texts,
    };
  }
  const { basis } = line;
  return {
    status: line.status,
    nights: [...line.nights],
    personsTaxed: line.personsTaxed,
    personsExempt: Object.entries(line.personsExempt).map(([reason, count]) => ({ reason, count: count ?? 0 })),
    category: basis.kind === 'TARIFF' ? basis.category : null,
    ratePercent: basis.kind === 'PROPORTIONAL' ? basis.ratePercent : null,
    basePerPerson: basis.kind === 'PROPORTIONAL' ? moneyType(basis.basePerPerson) : null,
    cap: basis.kind === 'PROPORTIONAL' ? moneyType(basis.cap) : null,
    capApplied: basis.kind === 'PROPORTIONAL' ? basis.capApplied : null,
    communalPerPersonNight: moneyType(line.communalPerPersonNight),
    additionalTaxes: line.additionalTaxes.map((tax) => ({ kind: tax.kind, label: tax.label, percent: tax.percent, perPersonNight: moneyType(tax.perPersonNight), amount: moneyType(tax.amount) })),
    perPersonNight: moneyType(line.perPersonNight),
    amount: moneyType(line.amount),
    ...texts,
  };
}

/** A stay's lines; empty for a flat amount, which has no more detail than its product. */
export const touristTaxLineTypes = (detail: TouristTaxDetail | null): TouristTaxLineType[] => (detail === null ? [] : detail.lines.map(touristTaxLineType));
