import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import type { Photo } from '../domain/photos';

@ObjectType('Photo')
export class PhotoType {
  @Field({ description: 'An http(s) address where the picture is hosted' }) url!: string;
  @Field(() => LocalizedTextType) caption!: LocalizedTextType;
  @Field(() => Int, { description: 'Place in the gallery, from 0' }) order!: number;
}

@InputType('PhotoInput', { description: 'Photos are shown in the order of the list' })
export class PhotoInput {
  @Field() url!: string;
  @Field(() => LocalizedTextInput, { nullable: true }) caption?: LocalizedTextInput | null;
}

export const photoTypes = (photos: readonly Photo[]): PhotoType[] => photos.map((photo, order) => ({ ...photo, order }));
