import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { euros } from '../../shared/kernel/money';
import { SUPPLEMENT_UNITS, type SupplementUnit } from '../domain/supplement/supplement-details';
import type { SupplementRow } from '../infrastructure/supplement.row';

export const SupplementUnitEnum = enumType(
  SUPPLEMENT_UNITS,
  'SupplementUnit',
  'How the price multiplies over a stay: once, per night, per person, or per person and night',
);

@ObjectType('Supplement', { description: 'A named extra: mandatory ones are added to every stay, optional ones when the guest picks them' })
export class SupplementType {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedTextType, { description: 'French always present' }) name!: LocalizedTextType;
  @Field() mandatory!: boolean;
  @Field(() => MoneyType) price!: MoneyType;
  @Field(() => SupplementUnitEnum) unit!: SupplementUnit;
  @Field(() => [ID], { description: 'The accommodations it applies to' }) accommodationIds!: string[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType('SupplementInput')
export class SupplementInput {
  @Field(() => LocalizedTextInput, { description: 'French required' }) name!: LocalizedTextInput;
  @Field() mandatory!: boolean;
  @Field(() => Int, { description: 'Cents, 0 or more' }) price!: number;
  @Field(() => SupplementUnitEnum) unit!: SupplementUnit;
  @Field(() => [ID], { description: "The caller's accommodations it applies to" }) accommodationIds!: string[];
}

export function supplementType(row: SupplementRow): SupplementType {
  return {
    id: row.id,
    name: { fr: row.nameFr, en: row.nameEn },
    mandatory: row.mandatory,
    price: moneyType(euros(row.priceCents)),
    unit: row.unit as SupplementUnit,
    accommodationIds: row.accommodationIds,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
