import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { PROMO_CODE_USAGES, type PromoCodeUsage } from '../domain/promo-codes/promo-code';
import { PROMOTION_KINDS, type PromotionKind } from '../domain/promotions/promotion';
import type { PromoCodeRow } from '../infrastructure/promo-code.row';
import type { PromotionRow } from '../infrastructure/promotion.row';

const PromotionKindEnum = enumType(PROMOTION_KINDS, 'PromotionKind', 'LAST_MINUTE: stays starting in less than N days; EARLY_BOOKING: in more than N days');
const PromoCodeUsageEnum = enumType(PROMO_CODE_USAGES, 'PromoCodeUsage', 'SINGLE: consumed by the first booking made with it; MULTIPLE: any number');

@InputType('PromotionInput')
export class PromotionInput {
  @Field(() => PromotionKindEnum) kind!: PromotionKind;
  @Field(() => Float, { description: 'Percentage off the accommodation price, two decimals at most' }) percent!: number;
  @Field(() => Int, { description: 'Days between booking and arrival: less than (last minute) or more than (early booking)' }) days!: number;
  @Field(() => [ID]) accommodationIds!: string[];
  @Field(() => DateScalar, { nullable: true, description: 'First day it may be booked with' }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day it may be booked with' }) validTo?: string | null;
}

@ObjectType('Promotion', { description: 'A percentage off that the booking engine grants by itself' })
export class PromotionType {
  @Field(() => ID) id!: string;
  @Field(() => PromotionKindEnum) kind!: PromotionKind;
  @Field(() => Float) percent!: number;
  @Field(() => Int) days!: number;
  @Field(() => [ID]) accommodationIds!: string[];
  @Field(() => DateScalar, { nullable: true }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
}

@InputType('AllowedStayInput')
export class AllowedStayInput {
  @Field(() => DateScalar) arrival!: string;
  @Field(() => Int) nights!: number;
}

@InputType('PromoCodeInput', { description: 'Give either percent or cents' })
export class PromoCodeInput {
  @Field({ description: '3 to 20 letters A–Z or digits; any case, kept in capitals' }) code!: string;
  @Field({ description: 'For the owner only' }) internalLabel!: string;
  @Field(() => LocalizedTextInput, { description: 'Shown to guests; French required' }) label!: LocalizedTextInput;
  @Field(() => PromoCodeUsageEnum) usage!: PromoCodeUsage;
  @Field(() => DateScalar, { nullable: true, description: 'First day it can be typed in' }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day it can be typed in' }) validTo?: string | null;
  @Field(() => Float, { nullable: true }) percent?: number | null;
  @Field(() => Int, { nullable: true, description: 'Cents off' }) cents?: number | null;
  @Field(() => [ID]) accommodationIds!: string[];
  @Field(() => [AllowedStayInput], { nullable: true, description: 'The stays it is valid for; null for any stay' }) allowedStays?: AllowedStayInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Adds to a promotion instead of competing with it; false by default' })
  combinesWithPromotions?: boolean | null;
}

@ObjectType('AllowedStay')
export class AllowedStayType {
  @Field(() => DateScalar) arrival!: string;
  @Field(() => Int) nights!: number;
}

@ObjectType('PromoCode', { description: 'A code a guest types in for a discount on the accommodation price, never on supplements' })
export class PromoCodeType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() internalLabel!: string;
  @Field(() => LocalizedTextType) label!: LocalizedTextType;
  @Field(() => PromoCodeUsageEnum) usage!: PromoCodeUsage;
  @Field(() => DateScalar, { nullable: true }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => Float, { nullable: true }) percent!: number | null;
  @Field(() => MoneyType, { nullable: true }) amount!: MoneyType | null;
  @Field(() => [ID]) accommodationIds!: string[];
  @Field(() => [AllowedStayType], { nullable: true, description: 'Null: any stay' }) allowedStays!: AllowedStayType[] | null;
  @Field() combinesWithPromotions!: boolean;
  @Field({ description: 'A single-use code already consumed by a booking' }) used!: boolean;
}

export function promotionType(row: PromotionRow): PromotionType {
  const { kind, percent, days, accommodationIds, validFrom, validTo } = row.details;
  return { id: row.id, kind, percent, days, accommodationIds: [...accommodationIds], validFrom, validTo };
}

export function promoCodeType(row: PromoCodeRow): PromoCodeType {
  const { details } = row;
  return {
    id: row.id,
    code: details.code,
    internalLabel: details.internalLabel,
    label: details.label,
    usage: details.usage,
    validFrom: details.validFrom,
    validTo: details.validTo,
    percent: details.discount.kind === 'PERCENT' ? details.discount.percent : null,
    amount: details.discount.kind === 'AMOUNT' ? moneyType(details.discount.amount) : null,
    accommodationIds: [...details.accommodationIds],
    allowedStays: details.allowedStays && details.allowedStays.map((s) => ({ ...s })),
    combinesWithPromotions: details.combinesWithPromotions,
    used: row.consumedBy !== null,
  };
}
