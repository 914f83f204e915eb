import { PersonalDataRegistry } from '../event-store/personal-data/personal-data-registry';
import { EmailErasurePolicy } from './application/email-erasure.policy';
import { emailPersonalData } from './infrastructure/email-personal-data.policy';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PolicyRegistry } from '../event-store/policy/policy-registry';
import { untyped } from '../event-store/projection/projection';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../shared/config/config';
import { BookingEmails } from './application/booking-emails';
import { BookingEmailsPolicy } from './application/booking-emails.policy';
import { CommunicationPolicy } from './application/communication.policy';
import { DossierContexts } from './application/dossier-context';
import { DossierDocuments } from './application/dossier-documents';
import { DossierEmails } from './application/dossier-emails';
import { Outbox } from './application/outbox';
import { BLOB_STORE, DOCUMENT_RENDERER, EMAIL_WRITER, SENT_EMAILS } from './application/ports';
import { ReminderScheduler } from './application/reminder-scheduler';
import { SendDossierDocumentHandler } from './application/send-dossier-document.handler';
import { SetCommunicationSettingsHandler } from './application/set-communication-settings.handler';
import { SyncAlertEmailsPolicy } from './application/sync-alert-emails.policy';
import { WebhookAlertEmailsPolicy } from './application/webhook-alert-emails.policy';
import { DOSSIER_MAILING, TERMS_OF_SALE } from './contracts';
import { TermsOfSaleImpl } from './application/terms-of-sale';
import { CommunicationSettingsResolver } from './graphql/communication-settings.resolver';
import { PostgresBlobStore } from './infrastructure/blob-store';
import { communicationMigrations } from './infrastructure/communication.migrations';
import { DossierDocumentController } from './infrastructure/dossier-document.controller';
import { DossierMailingImpl } from './infrastructure/dossier-mailing';
import { EmailRowSchema } from './infrastructure/email.row';
import { EmailSender, MAILER, mailerFor } from './infrastructure/email-sender';
import { emailsProjection } from './infrastructure/emails.projection';
import { ImagesController } from './infrastructure/images.controller';
import { SentEmailsReadModel } from './infrastructure/sent-emails';
import { MjmlEmailWriter, PdfDocumentRenderer } from './infrastructure/renderers';

export { communicationMigrations };

/** Listed for printing the schema without starting the app. */
export const communicationResolvers = [CommunicationSettingsResolver];

/**
 * The booking-file document and the emails: the owner's settings, the outbox and its sender, and
 * the policies that write to guests and owners when files change, when online bookings come to
 * nothing, and when a calendar the owner imports clashes with the planning or goes silent. Global
 * so that Reservation injects `DOSSIER_MAILING` knowing only `contracts.ts`.
 */
@Global()
@Module({
  imports: [CqrsModule, MikroOrmModule.forFeature([EmailRowSchema])],
  controllers: [DossierDocumentController, ImagesController],
  providers: [
    DossierContexts,
    DossierDocuments,
    DossierEmails,
    Outbox,
    EmailSender,
    CommunicationPolicy,
    BookingEmails,
    BookingEmailsPolicy,
    SyncAlertEmailsPolicy,
    WebhookAlertEmailsPolicy,
    ReminderScheduler,
    SetCommunicationSettingsHandler,
    SendDossierDocumentHandler,
    { provide: BLOB_STORE, useClass: PostgresBlobStore },
    { provide: DOCUMENT_RENDERER, useClass: PdfDocumentRenderer },
    { provide: EMAIL_WRITER, useClass: MjmlEmailWriter },
    { provide: SENT_EMAILS, useClass: SentEmailsReadModel },
    { provide: MAILER, inject: [RUNTIME_CONFIG], useFactory: (config: RuntimeConfig) => mailerFor(config) },
    { provide: DOSSIER_MAILING, useClass: DossierMailingImpl },
    { provide: TERMS_OF_SALE, useClass: TermsOfSaleImpl },
    EmailErasurePolicy,
    ...communicationResolvers,
  ],
  exports: [DOSSIER_MAILING, TERMS_OF_SALE],
})
export class CommunicationModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionRegistry,
    private readonly policies: PolicyRegistry,
    private readonly policy: CommunicationPolicy,
    private readonly bookingEmailsPolicy: BookingEmailsPolicy,
    private readonly syncAlertEmailsPolicy: SyncAlertEmailsPolicy,
    private readonly webhookAlertEmailsPolicy: WebhookAlertEmailsPolicy,
    private readonly emailErasurePolicy: EmailErasurePolicy,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register(emailPersonalData);
    this.projections.register(untyped(emailsProjection));
    this.policies.register(this.policy, this.bookingEmailsPolicy, this.syncAlertEmailsPolicy, this.webhookAlertEmailsPolicy, this.emailErasurePolicy);
  }
}
