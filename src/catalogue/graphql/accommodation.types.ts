import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { MoneyType } from '../../shared/graphql/money.type';
import { ACCOMMODATION_KINDS, ORIENTATIONS, type AccommodationKind, type Orientation } from '../domain/accommodation/accommodation-details';
import { VISIBILITIES, type Visibility } from '../domain/accommodation/accommodation.decider';
import { CharacteristicType } from './characteristic.types';
import { PhotoInput, PhotoType } from './photo.types';

export const AccommodationKindEnum = enumType(
  ACCOMMODATION_KINDS,
  'AccommodationKind',
  'HOLIDAY_RENTAL: a furnished holiday rental ("meublé de tourisme", gîte); GUEST_ROOM: a B&B room ("chambre d\'hôtes")',
);
export const VisibilityEnum = enumType(
  VISIBILITIES,
  'Visibility',
  'HIDDEN: not visible; LISTED: visible without online booking; BOOKABLE: visible and bookable online (once it has prices)',
);
const OrientationEnum = enumType(ORIENTATIONS, 'Orientation');

@ObjectType('Accommodation', { description: 'One unit let as a whole ("hébergement"): a gîte, an apartment, one guest room' })
export class AccommodationType {
  @Field(() => ID) id!: string;
  /** Not in the schema: lets field resolvers stay within the owner's data. */
  ownerId!: string;
  @Field({ description: 'Unique human reference, OSMB-<owner number>-<rank>' }) reference!: string;
  @Field() name!: string;
  @Field(() => AccommodationKindEnum) kind!: AccommodationKind;
  @Field(() => Int, { description: 'Official classification, 0 when unclassified' }) starRating!: number;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field() city!: string;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => Int, { nullable: true, description: 'Metres above sea level' }) altitude!: number | null;
  @Field(() => Int) minCapacity!: number;
  @Field(() => Int) maxCapacity!: number;
  @Field(() => Float, { nullable: true, description: 'Square metres' }) surface!: number | null;
  @Field(() => Int, { nullable: true, description: '0 is the ground floor' }) floor!: number | null;
  @Field(() => OrientationEnum, { nullable: true }) orientation!: Orientation | null;
  @Field(() => MoneyType, { nullable: true, description: 'The "caution" held on arrival; not part of the price' }) securityDeposit!: MoneyType | null;
  @Field(() => LocalizedTextType, { description: 'French always present' }) description!: LocalizedTextType;
  @Field(() => [PhotoType]) photos!: PhotoType[];
  @Field(() => [CharacteristicType]) characteristics!: CharacteristicType[];
  @Field(() => VisibilityEnum) visibility!: Visibility;
  @Field({ description: 'Archived accommodations are hidden and cannot be changed until restored' }) archived!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType('AccommodationInput', { description: 'Every field of the description; an omitted optional field is cleared' })
export class AccommodationInput {
  @Field() name!: string;
  @Field(() => AccommodationKindEnum) kind!: AccommodationKind;
  @Field(() => Int, { nullable: true, description: '0 to 5; 0 (unclassified) when omitted' }) starRating?: number | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field() city!: string;
  @Field(() => Float, { nullable: true, description: '-90 to 90, with a longitude' }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '-180 to 180, with a latitude' }) longitude?: number | null;
  @Field(() => Int, { nullable: true }) altitude?: number | null;
  @Field(() => Int, { nullable: true, description: '1 when omitted' }) minCapacity?: number | null;
  @Field(() => Int, { description: 'At least 1 and at least minCapacity' }) maxCapacity!: number;
  @Field(() => Float, { nullable: true }) surface?: number | null;
  @Field(() => Int, { nullable: true }) floor?: number | null;
  @Field(() => OrientationEnum, { nullable: true }) orientation?: Orientation | null;
  @Field(() => Int, { nullable: true, description: 'Cents' }) securityDeposit?: number | null;
  @Field(() => LocalizedTextInput, { description: 'French required' }) description!: LocalizedTextInput;
  @Field(() => [String], { nullable: true, description: 'Codes from the characteristics query' }) characteristics?: string[] | null;
  @Field(() => [PhotoInput], { nullable: true }) photos?: PhotoInput[] | null;
}
