import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DepositKindEnum, PaymentMethodEnum } from '../../shared/graphql/payment-terms.types';
import type { DepositKind, PaymentMethod } from '../../shared/kernel/payment-terms';
import type { DepositPolicy } from '../domain/deposit-policy/deposit-policy';

@InputType('DepositRuleInput')
export class DepositRuleInput {
  @Field(() => Int, { description: 'The rule applies when the stay starts in fewer days than this' }) daysBeforeArrivalUnder!: number;
  @Field(() => Float, { description: '0 to 100, two decimals at most' }) percent!: number;
}

@ObjectType('DepositRule', { description: 'If the stay starts in less than `daysBeforeArrivalUnder` days, ask `percent` %' })
export class DepositRuleType {
  @Field(() => Int) daysBeforeArrivalUnder!: number;
  @Field(() => Float) percent!: number;
}

@InputType('BalanceDueInput', { description: 'Leave daysBeforeArrival out (or null) for the balance due on arrival' })
export class BalanceDueInput {
  @Field(() => Int, { nullable: true }) daysBeforeArrival?: number | null;
}

@ObjectType('BalanceDue')
export class BalanceDueType {
  @Field(() => Boolean) onArrival!: boolean;
  @Field(() => Int, { nullable: true }) daysBeforeArrival!: number | null;
}

@InputType('DepositPolicyInput')
export class DepositPolicyInput {
  @Field(() => DepositKindEnum) kind!: DepositKind;
  @Field(() => Float, { description: '0 to 100, two decimals at most' }) defaultPercent!: number;
  @Field(() => [DepositRuleInput], { nullable: true }) rules?: DepositRuleInput[] | null;
  @Field(() => Int, { nullable: true, description: 'Days after the option is created; 10 when left out' }) depositDueDays?: number | null;
  @Field(() => BalanceDueInput, { nullable: true, description: 'On arrival when left out' }) balanceDue?: BalanceDueInput | null;
  @Field(() => [PaymentMethodEnum]) acceptedPaymentMethods!: PaymentMethod[];
  @Field(() => String, { nullable: true, description: 'Whom cheques are made out to; your own name when left out' }) chequePayableTo?: string | null;
}

@ObjectType('DepositPolicy', { description: 'What you ask of every new booking; files already made keep the terms they were made with' })
export class DepositPolicyType {
  @Field(() => DepositKindEnum) kind!: DepositKind;
  @Field(() => Float) defaultPercent!: number;
  @Field(() => [DepositRuleType], { description: 'Closest first' }) rules!: DepositRuleType[];
  @Field(() => Int) depositDueDays!: number;
  @Field(() => BalanceDueType) balanceDue!: BalanceDueType;
  @Field(() => [PaymentMethodEnum]) acceptedPaymentMethods!: PaymentMethod[];
  @Field(() => String, { nullable: true }) chequePayableTo!: string | null;
}

export const depositPolicyType = (policy: DepositPolicy): DepositPolicyType => ({
  ...policy,
  rules: [...policy.rules],
  acceptedPaymentMethods: [...policy.acceptedPaymentMethods],
  balanceDue: policy.balanceDue.kind === 'ON_ARRIVAL' ? { onArrival: true, daysBeforeArrival: null } : { onArrival: false, daysBeforeArrival: policy.balanceDue.days },
});
