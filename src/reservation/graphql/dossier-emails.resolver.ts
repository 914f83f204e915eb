import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { DOSSIER_MAILING, OUTBOX_READ_MODEL, type DossierMailing, type SentEmailStatus } from '../../communication/contracts';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { enumType } from '../../shared/graphql/enum-type';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { warn } from '../../shared/graphql/warnings.plugin';
import { DossierNotFound } from '../domain/dossier/dossier.errors';
import type { DossierDocument } from '../infrastructure/dossier-document';
import { GetDossierFromEvents } from '../infrastructure/dossier.queries';
import { dossierType, DossierType } from './dossier.types';

const SENT_EMAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;
const SentEmailStatusEnum = enumType(SENT_EMAIL_STATUSES, 'SentEmailStatus', 'QUEUED until the mail server takes it (retries included), then SENT, or FAILED for good');

@ObjectType('SentEmail', { description: 'An email about the file, to its guest or to you' })
export class SentEmailType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'BOOKING_REQUEST_RECEIVED, DOSSIER_DOCUMENT, PAYMENT_RECEIVED, DEPOSIT_REMINDER, BALANCE_REMINDER, CANCELLATION, OWNER_NEW_BOOKING; for a booking made online, also BOOKING_EXPIRED, LATE_PAYMENT_REFUNDED, OWNER_LATE_PAYMENT_REFUNDED, DUPLICATE_PAYMENT_REFUNDED and WRONG_AMOUNT_REFUNDED' })
  kind!: string;
  @Field(() => String, { description: 'GUEST or OWNER' }) recipient!: string;
  @Field(() => Boolean, { description: 'Your copy of what the guest received' }) copy!: boolean;
  @Field(() => String, { nullable: true, description: 'Null when there was no address to write to' }) to!: string | null;
  @Field(() => String) subject!: string;
  @Field(() => SentEmailStatusEnum) status!: SentEmailStatus;
  @Field(() => Int, { description: 'Attempts to deliver it so far' }) attempts!: number;
  @Field(() => GraphQLISODateTime) queuedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When its status last changed' }) at!: Date;
  @Field(() => String, { nullable: true, description: 'Why it failed, or why the last attempt did' }) error!: string | null;
}

/** What the file says to its guest: the emails written about it, and its document sent on demand. */
@Resolver(() => DossierType)
export class DossierEmailsResolver {
  constructor(
    private readonly queries: QueryBus,
    @Inject(DOSSIER_MAILING) private readonly mailing: DossierMailing,
  ) {}

  @ResolveField(() => [SentEmailType], { description: 'Each email about the file, newest first, with its status' })
  async emails(@Parent() dossier: DossierType): Promise<SentEmailType[]> {
    const emails = await this.mailing.emailsOf(dossier.id);
    return emails.map((email) => ({ ...email, id: email.emailId }));
  }

  @Mutation(() => DossierType, {
    description: 'Emails the file’s document (proposal or contract, PDF attached) to its guest, and your copy if you asked for copies; see `emails` for its delivery',
  })
  async sendDossierDocument(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Context('req') request: Request,
    @Args('id', { type: () => ID }) id: string,
    @Args('lang', { type: () => LangEnum, nullable: true, description: 'Your first language when left out' }) lang: Lang | null,
  ): Promise<DossierType> {
    const { warnings, position } = await this.mailing.sendDocument(caller.ownerId, id, lang ?? null);
    for (const warning of warnings) warn(request, warning);
    // The answer lists the emails just queued: the outbox's read model is read once it shows them.
    await this.queries.execute(new WaitForReadModels(position, [OUTBOX_READ_MODEL]));
    const view: DossierDocument | null = await this.queries.execute(new GetDossierFromEvents(caller.ownerId, id));
    if (!view) throw new DossierNotFound(id);
    return dossierType(view);
  }
}
