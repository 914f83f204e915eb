import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { PageInfoType } from '../../shared/graphql/page-info.type';
import { DESTINATION_KINDS, type DestinationKind } from '../domain/destination/destination-profile';
import type { DestinationMemberPage, PublicDestination } from '../infrastructure/destination.queries';
import type { DestinationRow } from '../infrastructure/destination.row';

export const DestinationKindEnum = enumType(
  DESTINATION_KINDS,
  'DestinationKind',
  'TOURISM_AGENCY: a departmental tourism agency ("agence départementale du tourisme"); LABEL_NETWORK: a label network (Clévacances, a Gîtes de France federation)',
);

const AREA = 'The French departments it covers, by code ("24", "2A", "971"), in their official order';

@ObjectType('PublicDestination', { description: 'A destination running a marketplace of many owners’ accommodations ("place de marché"), as anyone may see it' })
export class PublicDestinationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => DestinationKindEnum) kind!: DestinationKind;
  @Field(() => [String], { description: AREA }) area!: string[];
  @Field({ description: 'Its marketplace site' }) website!: string;
}

export const publicDestinationType = (destination: PublicDestination): PublicDestinationType => ({ ...destination, kind: destination.kind as DestinationKind, area: [...destination.area] });

@ObjectType('DestinationMemberAccommodation', { description: 'An accommodation an owner lists with you: its name, for you to recognise it' })
export class DestinationMemberAccommodationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('DestinationMember', { description: 'An owner who lists accommodations with you: the name they show guests, and the accommodations; nothing else of theirs' })
export class DestinationMemberType {
  @Field({ description: 'Their company, else their name' }) ownerName!: string;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;
  @Field(() => [DestinationMemberAccommodationType], {
    description: 'Those they chose that guests can book online now; one they chose that is no longer bookable online (hidden, only listed, archived) is left out until it is again',
  })
  accommodations!: DestinationMemberAccommodationType[];
}

@ObjectType('DestinationMemberConnection')
export class DestinationMemberConnectionType {
  @Field(() => [DestinationMemberType]) nodes!: DestinationMemberType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int) totalCount!: number;
}

export const destinationMemberConnection = (page: DestinationMemberPage): DestinationMemberConnectionType => ({
  nodes: page.members.map((member) => ({ ...member, accommodations: [...member.accommodations] })),
  pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  totalCount: page.totalCount,
});

@ObjectType('DestinationAccount', { description: 'A destination’s own account, as only it sees it' })
export class DestinationAccountType extends PublicDestinationType {
  @Field(() => String, { nullable: true, description: 'The address it logs in with' }) email!: string | null;
  @Field(() => GraphQLISODateTime) registeredAt!: Date;
}

export const destinationAccountType = (row: DestinationRow): DestinationAccountType => ({ ...publicDestinationType(row), email: row.email, registeredAt: row.registeredAt });

@ObjectType('DestinationAuthPayload')
export class DestinationAuthPayloadType {
  @Field({ description: 'Bearer token for the Authorization header: a destination’s, refused by every owner operation; it expires' }) token!: string;
  @Field(() => DestinationAccountType) destination!: DestinationAccountType;
}

@InputType('DestinationSignUpInput')
export class DestinationSignUpInput {
  @Field() name!: string;
  @Field(() => DestinationKindEnum) kind!: DestinationKind;
  @Field(() => [String], { description: 'At least one French department code ("24", "2A", "971")' }) area!: string[];
  @Field({ description: 'Its marketplace site: an https:// address' }) website!: string;
  @Field({ description: 'The contact address it logs in with; unique among destinations' }) email!: string;
  @Field({ description: 'At least 12 characters' }) password!: string;
}

@ObjectType('ListedAccommodation', { description: 'One of your accommodations you chose for a destination to list' })
export class ListedAccommodationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({
    description:
      'Whether guests can book it online now (BOOKABLE, not archived). One that stopped being bookable stays in your choice, but no marketplace search shows it, nor the destination sees it, until it is bookable again',
  })
  bookable!: boolean;
}

@ObjectType('MyDestinationListing', { description: 'A destination you joined, and which of your accommodations it lists' })
export class MyDestinationListingType {
  @Field(() => PublicDestinationType) destination!: PublicDestinationType;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
  @Field(() => [ListedAccommodationType], { description: 'Your choice as you made it, each with whether it is bookable online now' }) accommodations!: ListedAccommodationType[];
}
