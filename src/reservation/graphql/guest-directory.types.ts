import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { PageInfoType } from '../../shared/graphql/page-info.type';
import type { GuestEntry, GuestPage } from '../infrastructure/guest-directory.queries';
import { GuestInput } from './dossier.types';

@ObjectType('GuestLastStay', { description: 'The latest stay of a guest’s file that is not cancelled' })
export class GuestLastStayType {
  @Field(() => ID) dossierId!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day the guest left' }) departure!: string;
}

@ObjectType('DirectoryGuest', { description: 'A guest of your files ("récupérer les informations d’un client"): the details they gave last, ready for a new file' })
export class DirectoryGuestType {
  @Field(() => ID, { description: 'The same guest keeps it: their email address, or without one their name and first phone, names them' }) id!: string;
  @Field(() => String, { description: '“DUPONT Marie”, as the directory lists them' }) label!: string;
  @Field(() => GuestInput, { description: 'The latest details given, on a file or by changeDossierGuest: pass them as createDossier’s guest' }) guest!: GuestInput;
  @Field(() => Int, { description: 'Your files for this guest, cancelled ones included' }) files!: number;
  @Field(() => GuestLastStayType, { nullable: true, description: 'Null when every file was cancelled' }) lastStay!: GuestLastStayType | null;
  @Field(() => GraphQLISODateTime, { description: 'When the newest of these files was made' }) lastFileAt!: Date;
}

@ObjectType('DirectoryGuestConnection')
export class DirectoryGuestConnectionType {
  @Field(() => [DirectoryGuestType]) nodes!: DirectoryGuestType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int) totalCount!: number;
}

const directoryGuestType = (entry: GuestEntry): DirectoryGuestType => ({
  id: entry.guestId,
  label: entry.label,
  guest: entry.guest,
  files: entry.files,
  lastStay: entry.lastStay,
  lastFileAt: entry.lastFileAt,
});

export const directoryGuestConnection = (page: GuestPage): DirectoryGuestConnectionType => ({
  nodes: page.entries.map(directoryGuestType),
  pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  totalCount: page.totalCount,
});
