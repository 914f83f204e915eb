import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType } from '../../shared/graphql/money.type';
import { nightsOf, type Hold } from '../domain/planning/hold';
import { PLANNING_STATES, type PlanningState } from '../application/planning.query';

const PlanningStateEnum = enumType(PLANNING_STATES, 'PlanningState', 'FREE; BLOCKED by the owner; PENDING_PAYMENT held for a guest paying the deposit online (for minutes); held by a booking file as an OPTION, CONFIRMED (not paid) or PAID');

@ObjectType('Block', { description: 'Nights closed to sale by the owner ("interdiction de vente")' })
export class BlockType {
  @Field(() => ID) id!: string;
  @Field(() => ID) accommodationId!: string;
  @Field(() => DateScalar, { description: 'First blocked night' }) from!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day after the last blocked night' }) to!: string;
  @Field(() => Int) nights!: number;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('PlanningDay', { description: 'One night of an accommodation: who holds it, and its price' })
export class PlanningDayType {
  @Field(() => DateScalar) date!: string;
  @Field(() => PlanningStateEnum) state!: PlanningState;
  @Field(() => ID, { nullable: true, description: 'The hold: a block or a booking file’s stay' }) holdId!: string | null;
  @Field(() => ID, { nullable: true }) dossierId!: string | null;
  @Field(() => String, { nullable: true }) guestName!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the owner blocked it' }) reason!: string | null;
  @Field(() => MoneyType, { nullable: true, description: 'The night’s price from the rate grid; null when none' }) nightlyPrice!: MoneyType | null;
}

export const blockType = (accommodationId: string, hold: Hold): BlockType => ({
  id: hold.holdId,
  accommodationId,
  from: hold.arrival,
  to: hold.departure,
  nights: nightsOf(hold),
  reason: hold.reason,
});
