import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { ICAL_PLATFORMS, type IcalPlatform } from '../domain/ical-feed/platform-profiles';

export const IcalPlatformEnum = enumType(ICAL_PLATFORMS, 'IcalPlatform', 'Whose calendar a feed is, so that its habits are known: AIRBNB, BOOKING_COM, VRBO (Abritel), GOOGLE, ICLOUD, GENERIC');

export const ICAL_FEED_STATUSES = ['PENDING', 'OK', 'FAILING', 'SUSPICIOUS', 'SILENT'] as const;
export type IcalFeedStatus = (typeof ICAL_FEED_STATUSES)[number];
export const IcalFeedStatusEnum = enumType(
  ICAL_FEED_STATUSES,
  'IcalFeedStatus',
  'PENDING: not read yet; OK: the last fetch was read; FAILING: the last fetch failed, nothing was changed; SUSPICIOUS: the feed dropped many stays at once, kept until confirmed; SILENT: not read for more than three intervals',
);

@InputType('IcalFeedInput')
export class IcalFeedInput {
  @Field(() => ID) accommodationId!: string;
  @Field({ description: 'The calendar’s export address on the platform (https://, or webcal://)' }) url!: string;
  @Field(() => IcalPlatformEnum) platform!: IcalPlatform;
  @Field(() => String, { nullable: true, description: 'Shown on the planning; the platform’s name when none' }) label?: string | null;
  @Field(() => Int, { nullable: true, description: 'Minutes between fetches: 15 unless said, at least 5' }) intervalMinutes?: number | null;
}

@InputType('IcalFeedChanges')
export class IcalFeedChanges {
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => Int, { nullable: true }) intervalMinutes?: number | null;
}

@ObjectType('IcalFeedSuspicion', { description: 'A feed answer that would free many nights at once, not believed yet' })
export class IcalFeedSuspicionType {
  @Field({ description: 'EMPTY: no stay to come any more; HALF_LOST: more than half of them gone' }) reason!: string;
  @Field(() => Int, { description: 'Stays to come the answer would drop' }) lost!: number;
  @Field(() => Int, { description: 'Fetches in a row that gave this answer' }) seen!: number;
  @Field(() => Int, { description: 'Fetches in a row after which it is believed' }) needed!: number;
}

@ObjectType('IcalFeedProblem', { description: 'An event of the feed that could not be read, and was left out' })
export class IcalFeedProblemType {
  @Field() code!: string;
  @Field(() => Int) line!: number;
  @Field() message!: string;
}

@ObjectType('IcalFeed', { description: 'Another platform’s calendar imported into an accommodation’s planning' })
export class IcalFeedType {
  @Field(() => ID) id!: string;
  @Field(() => ID) accommodationId!: string;
  @Field() url!: string;
  @Field(() => IcalPlatformEnum) platform!: IcalPlatform;
  @Field() label!: string;
  @Field(() => Int) intervalMinutes!: number;
  @Field(() => IcalFeedStatusEnum) status!: IcalFeedStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSuccessAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextFetchAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the last fetch failed, in the language asked (French unless said); null when it did not' }) lastError!: string | null;
  @Field(() => String, { nullable: true, description: 'REFUSED, TIMEOUT, TOO_LARGE, HTTP_STATUS, TOO_MANY_REDIRECTS, NETWORK, DNS or NOT_ICALENDAR' }) lastErrorCode!: string | null;
  @Field(() => Int, { nullable: true, description: 'Stays the feed listed at its last read' }) eventCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of those, the guests’ bookings, as the platform words them (Airbnb’s “Reserved”, Vrbo’s “Reserved - …”); null for a calendar that does not say' })
  bookedCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of those, nights the host closed there (Airbnb’s “Not available”, Booking.com’s “CLOSED”, Vrbo’s “Blocked”); null for a calendar that does not say' })
  closedCount!: number | null;
  @Field(() => [IcalFeedProblemType]) problems!: IcalFeedProblemType[];
  @Field(() => IcalFeedSuspicionType, { nullable: true }) suspicion!: IcalFeedSuspicionType | null;
  @Field({ description: 'The address to give this platform in return: the accommodation’s own calendar, without this feed’s stays' }) exportUrl!: string;
}

@ObjectType('SyncConflictHold', { description: 'What holds the nights an imported stay wants' })
export class SyncConflictHoldType {
  @Field({ description: 'DOSSIER (a booking file), PENDING_PAYMENT (a guest paying online), BLOCK, or IMPORTED (another calendar)' }) kind!: string;
  @Field(() => ID, { nullable: true }) dossierId!: string | null;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
}

@ObjectType('SyncConflict', { description: 'A stay another calendar lists on nights the planning gives to something else: a double booking to sort out. The file is never touched.' })
export class SyncConflictType {
  @Field(() => ID, { description: 'The imported stay’s hold' }) id!: string;
  @Field(() => ID) accommodationId!: string;
  @Field(() => ID) feedId!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
  @Field(() => SyncConflictHoldType) heldBy!: SyncConflictHoldType;
  @Field(() => GraphQLISODateTime) since!: Date;
}
