import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { inLang, type Lang } from '../../shared/graphql/lang.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { euros } from '../../shared/kernel/money';
import type { AccommodationKind } from '../domain/accommodation/accommodation-details';
import { characteristic } from '../domain/accommodation/characteristics';
import type { SupplementUnit } from '../domain/supplement/supplement-details';
import type { PublicAccommodation } from '../infrastructure/public-accommodation.query';
import { AccommodationKindEnum, ClassificationType } from './accommodation.types';
import { AgeRangeType } from './age-range.types';
import { SupplementUnitEnum } from './supplement.types';

@ObjectType('PublicPhoto')
export class PublicPhotoType {
  @Field() url!: string;
  @Field(() => String, { nullable: true, description: 'In the language asked, else the other one' }) caption!: string | null;
  @Field(() => Int, { description: 'Place in the gallery, from 0' }) order!: number;
}

@ObjectType('PublicSupplement', { description: 'An extra as a guest books it: mandatory ones come with every stay, optional ones when picked' })
export class PublicSupplementType {
  @Field(() => ID, { description: 'What QuoteInput.optionalSupplementIds takes' }) id!: string;
  @Field({ description: 'In the language asked, else in French' }) name!: string;
  @Field() mandatory!: boolean;
  @Field(() => MoneyType) price!: MoneyType;
  @Field(() => SupplementUnitEnum) unit!: SupplementUnit;
}

@ObjectType('PublicContact', { description: 'How guests reach the owner' })
export class PublicContactType {
  @Field({ description: 'The owner’s company, else their name' }) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

@ObjectType('PublicAccommodation', { description: 'An accommodation as guests see it: what they need to choose it and to ask for a quote' })
export class PublicAccommodationType {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() name!: string;
  @Field(() => AccommodationKindEnum) kind!: AccommodationKind;
  @Field(() => Int, { description: 'Official classification, 0 when unclassified' }) starRating!: number;
  @Field(() => ClassificationType, { description: 'The classement with its dates: EXPIRED means it no longer holds, and the stars are not to be shown' })
  classification!: ClassificationType;
  @Field(() => String, {
    nullable: true,
    description: "A meublé de tourisme's registration number from its commune, 13 characters without spaces (75056123456AB): every offer shows it, printed as 75056 123456 AB",
  })
  registrationNumber!: string | null;
  @Field() city!: string;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field({ description: 'In the language asked, else in French' }) description!: string;
  @Field(() => [PublicPhotoType]) photos!: PublicPhotoType[];
  @Field(() => [String], { description: 'Codes of the characteristics query' }) characteristics!: string[];
  @Field(() => Int) minCapacity!: number;
  @Field(() => Int, { description: 'Persons of age ranges that count towards capacity' }) maxCapacity!: number;
  @Field({ description: 'Whether the owner takes bookings online; a stay with no rate is still refused by the quote' }) bookableOnline!: boolean;
  @Field(() => MoneyType, { nullable: true, description: 'The "caution" held on arrival and given back after the stay; not part of the price' })
  securityDeposit!: MoneyType | null;
  @Field(() => [AgeRangeType], { description: 'Oldest first: a quote counts occupants per range, by these ids' }) ageRanges!: AgeRangeType[];
  @Field(() => [PublicSupplementType], { description: 'Those that apply to it, mandatory first' }) supplements!: PublicSupplementType[];
  @Field(() => Float, { nullable: true, description: 'Living area in m²' }) surface!: number | null;
  @Field(() => PublicContactType) contact!: PublicContactType;
}

export function publicAccommodationType({ accommodation: a, classification, supplements, ageRanges, contact }: PublicAccommodation, lang: Lang): PublicAccommodationType {
  return {
    id: a.id,
    reference: a.reference,
    name: a.name,
    kind: a.kind as AccommodationKind,
    starRating: a.starRating,
    classification,
    registrationNumber: a.registrationNumber,
    city: a.city,
    postalCode: a.postalCode,
    // French is required of every description, so there is always one to fall back to.
    description: inLang({ fr: a.descriptionFr, en: a.descriptionEn }, lang) ?? '',
    photos: a.photos.map((photo, order) => ({ url: photo.url, caption: inLang(photo.caption, lang), order })),
    characteristics: a.characteristics.filter((code) => characteristic(code) !== undefined),
    minCapacity: a.minCapacity,
    maxCapacity: a.maxCapacity,
    bookableOnline: a.visibility === 'BOOKABLE',
    securityDeposit: a.securityDepositCents === null ? null : moneyType(euros(a.securityDepositCents)),
    ageRanges: ageRanges.map((r) => ({ id: r.ageRangeId, label: r.label, minAge: r.minAge, maxAge: r.maxAge, countsTowardsCapacity: r.countsTowardsCapacity })),
    supplements: supplements.map((s) => ({ id: s.supplementId, name: inLang(s.name, lang) ?? '', mandatory: s.mandatory, price: moneyType(s.price), unit: s.unit })),
    surface: a.surface,
    contact,
  };
}
