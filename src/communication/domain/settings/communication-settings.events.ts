import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { localizedTextSchema } from '../../../shared/kernel/event-schemas';
import { LANGS } from '../../../shared/kernel/lang';
import type { Event } from '../../../shared/kernel/message';
import type { DocumentSettings } from './document-settings';
import { ONLINE_BOOKING_EMAILS, type EmailSettings } from './email-settings';

/**
 * The events of a `communication-settings-<ownerId>` stream. Each holds the whole settings as
 * they now are: the latest replaces every earlier one. Stored contracts: a change of shape is a
 * new version with an upcaster.
 */
export interface DocumentSettingsSet {
  readonly ownerId: string;
  readonly settings: DocumentSettings;
}

export interface EmailSettingsSet {
  readonly ownerId: string;
  readonly settings: EmailSettings;
}

export type CommunicationSettingsEvent = Event<'DocumentSettingsSet', DocumentSettingsSet> | Event<'EmailSettingsSet', EmailSettingsSet>;

const hour = z.string().nullable();

const documentSettingsSchema: z.ZodType<DocumentSettings> = z.object({
  header: z.object({ name: z.string().nullable(), slogan: z.string().nullable(), logoImageId: z.string().nullable() }),
  showPriceDetail: z.boolean(),
  arrival: z.object({ from: hour, to: hour, note: localizedTextSchema }),
  departure: z.object({ before: hour, note: localizedTextSchema }),
  furtherInformation: localizedTextSchema,
  signatureRequest: z.object({ option: localizedTextSchema, contract: localizedTextSchema }),
  politeness: localizedTextSchema,
  statusTexts: z.object({ option: localizedTextSchema, confirmed: localizedTextSchema, paid: localizedTextSchema }),
  description: z.object({ establishmentText: z.boolean(), establishmentImages: z.boolean(), accommodationImages: z.boolean() }),
  terms: localizedTextSchema,
  printTerms: z.boolean(),
});

const emailSettingsSchema: z.ZodType<EmailSettings> = z.object({
  footer: localizedTextSchema,
  copyToOwner: z.boolean(),
  onlineBooking: z.enum(ONLINE_BOOKING_EMAILS),
  subject: localizedTextSchema,
  introduction: localizedTextSchema,
  languages: z.array(z.enum(LANGS)),
  balanceReminderDays: z.number().int().nullable(),
  depositReminder: z.boolean(),
});

export const communicationSettingsEvents = eventCodec<CommunicationSettingsEvent>('communication-settings', {
  DocumentSettingsSet: { version: 1, schema: z.object({ ownerId: z.string(), settings: documentSettingsSchema }) },
  EmailSettingsSet: { version: 1, schema: z.object({ ownerId: z.string(), settings: emailSettingsSchema }) },
});
