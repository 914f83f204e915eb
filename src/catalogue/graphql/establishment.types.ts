import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { PhotoInput, PhotoType } from './photo.types';

@ObjectType('Establishment', { description: 'The owner\'s place as a whole ("structure"), shown above its accommodations in documents' })
export class EstablishmentType {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) slogan!: string | null;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => [PhotoType]) photos!: PhotoType[];
  @Field() updatedAt!: Date;
}

@InputType('EstablishmentInput', { description: 'Every field; an omitted optional field is cleared' })
export class EstablishmentInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) slogan?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) description?: LocalizedTextInput | null;
  @Field(() => [PhotoInput], { nullable: true }) photos?: PhotoInput[] | null;
}
