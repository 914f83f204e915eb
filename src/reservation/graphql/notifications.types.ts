import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { NOTIFICATION_KINDS, type NotificationKind } from '../infrastructure/notification.row';
import type { OwnerNotifications } from '../infrastructure/notifications.queries';

const NotificationKindEnum = enumType(
  NOTIFICATION_KINDS,
  'NotificationKind',
  'ONLINE_BOOKING: a file opened by a guest online or by a channel, not by you; SYNC_CONFLICT: another platform’s calendar lists a stay on nights held here (see syncConflicts); EMAIL_FAILED: an email about a file could not be delivered',
);

@ObjectType('OwnerNotification', { description: 'Something about your files to look at; reading the file (dossier) or markNotificationsSeen marks it seen' })
export class OwnerNotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => ID, { nullable: true, description: 'The file it is about; null for a conflict on nights you blocked' }) dossierId!: string | null;
  @Field(() => Int, { nullable: true }) dossierNumber!: number | null;
  @Field(() => String, { nullable: true, description: '“DUPONT Marie”; null when the file is not listed (deleted)' }) guestName!: string | null;
  @Field(() => ID, { nullable: true }) accommodationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The origin of a booking, the calendar and dates of a conflict, or the email’s subject and why it failed' }) detail!: string | null;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => Boolean) seen!: boolean;
}

@ObjectType('OwnerNotifications', { description: 'What happened to your files in the last 30 days, newest first' })
export class OwnerNotificationsType {
  @Field(() => Int, { description: 'Files with something you have not seen yet, each counted once (a conflict on blocked nights counts as one): the badge' }) unseenFiles!: number;
  @Field(() => Int, { description: 'Notifications not seen yet' }) unseenCount!: number;
  @Field(() => [OwnerNotificationType]) nodes!: OwnerNotificationType[];
}

export const ownerNotificationsType = (view: OwnerNotifications): OwnerNotificationsType => ({ unseenFiles: view.unseenFiles, unseenCount: view.unseen, nodes: view.notifications });
