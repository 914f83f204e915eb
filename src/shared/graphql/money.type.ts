import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Money } from '../kernel/money';

@ObjectType('Money', { description: 'An amount in integer cents; inputs take the cents alone' })
export class MoneyType {
  @Field(() => Int) cents!: number;
  @Field({ description: 'ISO 4217 code; EUR' }) currency!: string;
}

export const moneyType = (money: Money): MoneyType => ({ cents: money.cents, currency: money.currency });
