import { Field, ID, InputType, Int } from '@nestjs/graphql';

/** Who stays, counted per age range: asked by a quote and by a booking file alike. */
@InputType('OccupantsInput')
export class OccupantsInput {
  @Field(() => ID) ageRangeId!: string;
  @Field(() => Int) count!: number;
}
