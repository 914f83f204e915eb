import { Field, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalizedText', { description: 'A text for guests in French and English; show the French when English is missing' })
export class LocalizedTextType {
  @Field(() => String, { nullable: true }) fr!: string | null;
  @Field(() => String, { nullable: true }) en!: string | null;
}

@InputType('LocalizedTextInput')
export class LocalizedTextInput {
  @Field(() => String, { nullable: true }) fr?: string | null;
  @Field(() => String, { nullable: true }) en?: string | null;
}
