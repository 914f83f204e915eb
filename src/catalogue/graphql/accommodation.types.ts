import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { MoneyType } from '../../shared/graphql/money.type';
import { ACCOMMODATION_KINDS, ORIENTATIONS, type AccommodationKind, type Orientation } from '../domain/accommodation/accommodation-details';
import { VISIBILITIES, type Visibility } from '../domain/accommodation/accommodation.decider';
import { CLASSIFICATION_STATUSES, CLASSIFICATION_WARNING_DAYS, type ClassificationStatus } from '../../shared/kernel/classification';
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
export const ClassificationStatusEnum = enumType(
  CLASSIFICATION_STATUSES,
  'ClassificationStatus',
  `NONE: unclassified; UNDATED: stars given without the decision's date, read as holding; VALID; EXPIRING_SOON: ends within ${CLASSIFICATION_WARNING_DAYS} days; EXPIRED: past its five years, the accommodation counts as unclassified`,
);

@ObjectType('Classification', { description: 'The official "classement" (Code du tourisme D324-4): its stars, the day it was decided, and its end five years on' })
export class ClassificationType {
  @Field(() => Int, { description: '1 to 5, as starRating; 0 when unclassified' }) stars!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Null when unclassified or not given' }) decidedOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day it holds: the day before the fifth anniversary of the decision' }) expiresOn!: string | null;
  @Field(() => ClassificationStatusEnum, { description: 'As of today, Paris time' }) status!: ClassificationStatus;
}

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
  @Field(() => String, { nullable: true, description: 'The commune\'s registration number of a meublé de tourisme: 13 characters without spaces (75056123456AB), printed as 75056 123456 AB' })
  registrationNumber!: string | null;
  @Field({ description: 'Whether its commune requires a registration number: without one it cannot be BOOKABLE' }) registrationRequired!: boolean;
  @Field(() => ClassificationType) classification!: ClassificationType;
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

@InputType('AccommodationRegistrationInput', { description: 'What the law asks of a meublé de tourisme besides its description; an omitted field is cleared' })
export class AccommodationRegistrationInput {
  @Field(() => String, {
    nullable: true,
    description: "The commune's registration number: its INSEE code, 6 letters or digits, a 2-character key (75056 123456 AB); spaces, hyphens and case do not matter. HOLIDAY_RENTAL only",
  })
  registrationNumber?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the commune requires one; false when omitted. HOLIDAY_RENTAL only' }) registrationRequired?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day its classement was decided, not after today; needs a starRating' }) classificationDecidedOn?: string | null;
}
