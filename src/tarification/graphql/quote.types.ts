import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { OccupantsInput } from '../../shared/graphql/occupants.input';
import { DISCOUNT_SOURCES, type DiscountSource } from '../domain/quote/discounts';
import type { Quote } from '../domain/quote/quote';
import type { DepositKind } from '../../shared/kernel/payment-terms';
import { DepositKindEnum } from '../../shared/graphql/payment-terms.types';
import { REFUSAL_CODES, type RefusalCode } from '../domain/quote/refusals';
import { StayRateType, stayRateType } from './rate.types';
import { TouristTaxLineType, touristTaxLineTypes } from './tourist-tax-detail.types';

const RefusalCodeEnum = enumType(REFUSAL_CODES, 'QuoteRefusalCode', 'Why a stay may not be booked; UNAVAILABLE: some of its nights are taken already');
const DiscountSourceEnum = enumType(DISCOUNT_SOURCES, 'DiscountSource', "The rule that made a discount: the rate's own, a promotion, or a promo code");

@InputType('QuoteInput')
export class QuoteInput {
  @Field(() => ID) accommodationId!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day the guest leaves' }) departure!: string;
  @Field(() => [OccupantsInput]) occupants!: OccupantsInput[];
  @Field(() => [ID], { nullable: true, description: 'Optional supplements chosen; mandatory ones are always included' }) optionalSupplementIds?: string[] | null;
  @Field(() => String, { nullable: true }) promoCode?: string | null;
  @Field(() => LangEnum, { nullable: true, description: 'The language of the refusals’ messages (and reasons): else the browser’s (Accept-Language), else English' }) lang?: Lang | null;
}

@ObjectType('QuoteRefusal')
export class QuoteRefusalType {
  @Field(() => RefusalCodeEnum) code!: RefusalCode;
  @Field() message!: string;
}

@ObjectType('QuoteDiscount')
export class QuoteDiscountType {
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
  @Field(() => MoneyType) amount!: MoneyType;
  @Field(() => DiscountSourceEnum) source!: DiscountSource;
  @Field(() => ID, { nullable: true, description: 'The promotion or promo code; null for the rate’s own discount' }) sourceId!: string | null;
  @Field({ description: 'The rule that made it, in a sentence' }) rule!: string;
}

@ObjectType('QuoteSupplement')
export class QuoteSupplementType {
  @Field(() => ID) supplementId!: string;
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
  @Field() mandatory!: boolean;
  @Field(() => Int, { description: 'Times the unit price counts: 1, nights, persons, or persons × nights' }) quantity!: number;
  @Field(() => MoneyType) unitPrice!: MoneyType;
  @Field(() => MoneyType) amount!: MoneyType;
}

@ObjectType('QuoteDeposit')
export class QuoteDepositType {
  @Field(() => DepositKindEnum) kind!: DepositKind;
  @Field(() => Float) percent!: number;
  @Field(() => MoneyType, { description: 'A share of the accommodation price after discounts, supplements excluded, rounded half to even' }) amount!: MoneyType;
}

@ObjectType('TouristTaxDetail')
export class TouristTaxDetailType {
  @Field(() => MoneyType) perPersonPerNight!: MoneyType;
  @Field(() => Int, { description: 'Persons taxed: minors are exempt' }) taxedPersons!: number;
  @Field(() => Int) nights!: number;
  @Field(() => MoneyType) amount!: MoneyType;
  @Field(() => [TouristTaxLineType], { description: 'Night by night when the accommodation is taxed from its commune’s tariff tables ("au réel"); empty for a flat amount per person and per night' })
  lines!: TouristTaxLineType[];
}

@ObjectType('PromoCodeOutcome')
export class PromoCodeOutcomeType {
  @Field() code!: string;
  @Field() applied!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was not applied' }) message!: string | null;
}

@ObjectType('Quote', { description: 'total = accommodationPrice − discounts + supplements; the tourist tax is apart, usually paid on site' })
export class QuoteType {
  @Field(() => ID) accommodationId!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
  @Field(() => Int) nights!: number;
  @Field(() => Int, { description: 'Everyone staying, as per-person prices count them; the capacity counts only age ranges that count towards it' })
  persons!: number;
  @Field() bookable!: boolean;
  @Field(() => [String], { description: 'Why not bookable, for people' }) reasons!: string[];
  @Field(() => [QuoteRefusalType], { description: 'Why not bookable, with codes for programs' }) refusals!: QuoteRefusalType[];
  @Field(() => StayRateType, { nullable: true, description: 'The stay rate that prices it' }) stayRate!: StayRateType | null;
  @Field(() => MoneyType, { description: 'Before any discount, with extra occupants' }) accommodationPrice!: MoneyType;
  @Field(() => [QuoteDiscountType]) discounts!: QuoteDiscountType[];
  @Field(() => MoneyType) discountedAccommodationPrice!: MoneyType;
  @Field(() => [QuoteSupplementType]) supplements!: QuoteSupplementType[];
  @Field(() => MoneyType) total!: MoneyType;
  @Field(() => QuoteDepositType) deposit!: QuoteDepositType;
  @Field(() => MoneyType, { description: 'Taxe de séjour for the stay, not in the total' }) touristTax!: MoneyType;
  @Field(() => TouristTaxDetailType) touristTaxDetail!: TouristTaxDetailType;
  @Field(() => PromoCodeOutcomeType, { nullable: true }) promoCode!: PromoCodeOutcomeType | null;
}

/** Refusals are written in English unless the guest reads French. */
export function quoteType(q: Quote, lang: Lang = 'EN'): QuoteType {
  const message = (r: Quote['refusals'][number]) => (lang === 'FR' ? r.french : r.message);
  return {
    accommodationId: q.accommodationId,
    arrival: q.arrival,
    departure: q.departure,
    nights: q.nights,
    persons: q.persons,
    bookable: q.bookable,
    reasons: q.refusals.map(message),
    refusals: q.refusals.map((r) => ({ code: r.code, message: message(r) })),
    stayRate: q.rate && stayRateType(q.rate),
    accommodationPrice: moneyType(q.accommodationPrice),
    discounts: q.discounts.map((d) => ({ label: d.label, amount: moneyType(d.amount), source: d.source, sourceId: d.sourceId, rule: d.rule })),
    discountedAccommodationPrice: moneyType(q.discountedAccommodationPrice),
    supplements: q.supplements.map((s) => ({ supplementId: s.supplementId, label: s.label, mandatory: s.mandatory, quantity: s.quantity, unitPrice: moneyType(s.unitPrice), amount: moneyType(s.amount) })),
    total: moneyType(q.total),
    deposit: { kind: q.deposit.kind, percent: q.deposit.percent, amount: moneyType(q.deposit.amount) },
    touristTax: moneyType(q.touristTax.amount),
    touristTaxDetail: {
      perPersonPerNight: moneyType(q.touristTax.perPersonPerNight),
      taxedPersons: q.touristTax.taxedPersons,
      nights: q.nights,
      amount: moneyType(q.touristTax.amount),
      lines: touristTaxLineTypes(q.touristTax.detail),
    },
    promoCode: q.promoCode && { code: q.promoCode.code, applied: q.promoCode.applied, message: lang === 'FR' ? q.promoCode.french : q.promoCode.message },
  };
}
