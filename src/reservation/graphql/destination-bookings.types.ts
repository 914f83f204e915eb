import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { PageInfoType } from '../../shared/graphql/page-info.type';
import type { DossierStatus } from '../domain/dossier/dossier';
import type { DestinationBooking, DestinationBookingPage } from '../infrastructure/destination-bookings.query';
import { DossierStatusEnum } from './dossier.types';

@ObjectType('DestinationBookingStay')
export class DestinationBookingStayType {
  @Field(() => ID) accommodationId!: string;
  @Field(() => String, { nullable: true, description: 'Null once the accommodation is gone' }) accommodationName!: string | null;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
  @Field(() => Int) nights!: number;
  @Field(() => Int) persons!: number;
}

@ObjectType('DestinationBooking', {
  description: 'A booking a guest made through your marketplace: what, when, for how much and who stays (by name). The guest’s contact, payments and notes stay the owner’s',
})
export class DestinationBookingType {
  @Field(() => ID) bookingId!: string;
  @Field(() => Int, { nullable: true, description: 'The owner’s file number' }) number!: number | null;
  @Field(() => DossierStatusEnum) status!: DossierStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'The owner’s public name: their company, else their name' }) ownerName!: string | null;
  @Field(() => [DestinationBookingStayType]) stays!: DestinationBookingStayType[];
  @Field(() => String, { description: 'As French back offices write it: "DUPONT Marie"' }) guestName!: string;
  @Field(() => MoneyType, { description: 'The file’s total as the owner’s file shows it (stays, supplements, less discounts; the tourist tax apart); a cancelled file’s is its fees only' }) total!: MoneyType;
}

@ObjectType('DestinationBookingConnection')
export class DestinationBookingConnectionType {
  @Field(() => [DestinationBookingType]) nodes!: DestinationBookingType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int) totalCount!: number;
}

const destinationBookingType = (booking: DestinationBooking): DestinationBookingType => ({ ...booking, stays: [...booking.stays], total: moneyType(booking.total) });

export const destinationBookingConnection = (page: DestinationBookingPage): DestinationBookingConnectionType => ({
  nodes: page.bookings.map(destinationBookingType),
  pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  totalCount: page.totalCount,
});
