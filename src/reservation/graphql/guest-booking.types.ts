import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { OccupantsInput } from '../../shared/graphql/occupants.input';
import { GUEST_BOOKING_STATUSES, type BookingTermsView, type GuestBookingStatus, type GuestBookingView } from '../application/guest-bookings';
import { GuestInput } from './dossier.types';

const GuestBookingStatusEnum = enumType(
  GUEST_BOOKING_STATUSES,
  'GuestBookingStatus',
  'PENDING_PAYMENT the nights are held while the guest pays the deposit (until expiresAt); EXPIRED not paid in time, the nights went back; REFUNDED paid after the nights were taken, the payment is given back; then the file’s own OPTION, CONFIRMED, PAID or CANCELLED',
);

@InputType('BookStayInput')
export class BookStayInput {
  @Field(() => ID) accommodationId!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day the guest leaves' }) departure!: string;
  @Field(() => [OccupantsInput]) occupants!: OccupantsInput[];
  @Field(() => [ID], { nullable: true, description: 'Optional supplements chosen; mandatory ones are always included' }) optionalSupplementIds?: string[] | null;
  @Field(() => String, { nullable: true }) promoCode?: string | null;
  @Field(() => GuestInput, { description: 'lastName and email are required' }) guest!: GuestInput;
  @Field(() => Boolean, { description: 'The owner’s general terms of sale (bookingTerms): must be true; their version is recorded' }) acceptTerms!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The owner’s marketing opt-in (bookingTerms.gdprOptIn): recorded with the text shown and the time' })
  marketingConsent?: boolean | null;
  @Field(() => LangEnum, { nullable: true, description: 'The guest’s language, for messages and emails: else the browser’s (Accept-Language), else French' }) lang?: Lang | null;
  @Field(() => Boolean, { nullable: true, description: 'true: pay the deposit online now (paymentUrl); false: a pre-booking. Left out: online when the owner offers it' })
  payOnline?: boolean | null;
  @Field(() => String, { nullable: true, description: 'http(s) page the payment page sends the guest back to, with ?osmb_booking=<guestToken>; the guest page unless said' })
  returnUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Leave empty: a field only robots fill' }) website?: string | null;
  @Field(() => ID, { nullable: true, description: 'The destination whose marketplace the guest books through (the file’s origin is then MARKETPLACE); it must list the accommodation' })
  destinationId?: string | null;
}

@ObjectType('GuestBooking', { description: 'A booking as its guest sees it, through the link only they have' })
export class GuestBookingType {
  @Field(() => ID, { description: 'The booking file’s id (the file opens once the deposit is paid, at once for a pre-booking)' }) dossierId!: string;
  @Field(() => Int, { nullable: true, description: 'The file’s number, once open' }) number!: number | null;
  @Field(() => GuestBookingStatusEnum) status!: GuestBookingStatus;
  @Field(() => String, { description: 'The guest’s secret link to this booking: keep it; it is shown only to them' }) guestToken!: string;
  @Field(() => String, { nullable: true, description: 'Where to pay the deposit, while PENDING_PAYMENT; null for a pre-booking' }) paymentUrl!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the held nights go back unless paid' }) expiresAt!: Date | null;
  @Field(() => ID) accommodationId!: string;
  @Field(() => String) accommodationName!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
  @Field(() => MoneyType) total!: MoneyType;
  @Field(() => MoneyType, { description: 'What is asked now: the deposit while unpaid' }) depositDue!: MoneyType;
  @Field(() => MoneyType) paid!: MoneyType;
  @Field(() => MoneyType) balance!: MoneyType;
  @Field(() => String, { nullable: true, description: 'The booking’s document (PDF), once the file is open' }) documentUrl!: string | null;
  @Field(() => String, { description: 'The guest’s page for this booking' }) guestPageUrl!: string;
  @Field(() => LangEnum) lang!: Lang;
}

@ObjectType('BookingTermsText', { description: 'An owner’s text in the guest’s language, with the page that says more' })
export class BookingTermsTextType {
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) link!: string | null;
}

@ObjectType('BookingTerms', { description: 'What the booking form shows before a guest books' })
export class BookingTermsType {
  @Field(() => Boolean, { description: 'Guests may book it online now' }) bookable!: boolean;
  @Field(() => String, { nullable: true, description: 'Why not, for the guest' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'The owner’s general terms of sale, to accept' }) termsText!: string | null;
  @Field(() => String, { nullable: true }) termsVersion!: string | null;
  @Field(() => BookingTermsTextType, { nullable: true, description: 'The marketing opt-in to offer, unticked' }) gdprOptIn!: BookingTermsTextType | null;
  @Field(() => BookingTermsTextType, { nullable: true, description: 'The privacy information to show' }) privacy!: BookingTermsTextType | null;
  @Field(() => Boolean, { description: 'The deposit may be paid online' }) onlinePayment!: boolean;
  @Field(() => Boolean, { description: 'The guest may pre-book without paying' }) preBooking!: boolean;
  @Field(() => Int, { description: 'Minutes the nights stay held while the guest pays' }) paymentWindowMinutes!: number;
}

export const guestBookingType = (view: GuestBookingView): GuestBookingType => ({
  ...view,
  total: moneyType(view.total),
  depositDue: moneyType(view.depositDue),
  paid: moneyType(view.paid),
  balance: moneyType(view.balance),
});

export const bookingTermsType = (view: BookingTermsView): BookingTermsType => view;
