import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { nightsOf, type Hold } from '../domain/planning/hold';
import { PLANNING_STATES, type PlanningDay, type PlanningState } from '../infrastructure/planning-days';
import type { Origin } from '../domain/dossier/dossier';
import { OriginEnum } from './dossier.types';

const PlanningStateEnum = enumType(
  PLANNING_STATES,
  'PlanningState',
  'FREE; BLOCKED by the owner; PENDING_PAYMENT held for a guest paying the deposit online (for minutes); held by a booking file as an OPTION, CONFIRMED (not paid) or PAID; IMPORTED: taken on another platform’s calendar (an iCal feed)',
);

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
  @Field(() => String, { nullable: true, description: 'The file’s guest; null for an API key without GUESTS_READ' }) guestName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The file’s guest as French back offices list them: “DUPONT Marie”, a company first (“Les Tilleuls SARL (DUPONT Marie)”); null for an API key without GUESTS_READ',
  })
  guestLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the owner blocked it; for an IMPORTED night, the label of the calendar it comes from' }) reason!: string | null;
  @Field(() => OriginEnum, { nullable: true, description: 'Where the hold comes from: the file’s origin, or ICAL for a night another platform’s calendar takes; null for a free or blocked night' })
  origin!: Origin | null;
  @Field({ description: 'Another platform’s calendar lists a stay on this night that the planning gives to something else: a double booking to sort out (see syncConflicts)' })
  conflict!: boolean;
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

/** A night as a caller sees it: a key that may read plannings but not guests sees who holds a night only as a file's id. */
export const planningDayType = (day: PlanningDay, showsGuests: boolean): PlanningDayType => ({
  ...day,
  guestName: showsGuests ? day.guestName : null,
  guestLabel: showsGuests ? day.guestLabel : null,
  nightlyPrice: day.nightlyPrice && moneyType(day.nightlyPrice),
});
