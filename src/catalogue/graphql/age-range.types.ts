import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AgeRange', { description: 'A "tranche d\'âge": occupants are counted per range. Ages are whole years, both bounds included' })
export class AgeRangeType {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => Int) minAge!: number;
  @Field(() => Int) maxAge!: number;
  @Field({ description: "Whether its occupants count towards an accommodation's capacity (a baby in a cot does not); per-person prices and the tourist tax count everyone" })
  countsTowardsCapacity!: boolean;
}

@InputType('AgeRangeInput', { description: "Must not overlap another of the owner's ranges" })
export class AgeRangeInput {
  @Field() label!: string;
  @Field(() => Int, { description: '0 to 120' }) minAge!: number;
  @Field(() => Int, { description: 'minAge to 120' }) maxAge!: number;
  @Field(() => Boolean, { nullable: true, description: 'Omitted: true for a new range; an updated range keeps what it had' })
  countsTowardsCapacity?: boolean | null;
}
