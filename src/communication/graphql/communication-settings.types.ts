import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import type { DocumentSettings } from '../domain/settings/document-settings';
import { ONLINE_BOOKING_EMAILS, type EmailSettings, type OnlineBookingEmail } from '../domain/settings/email-settings';
import { TERMS_MODEL } from '../domain/settings/terms-model';

const OnlineBookingEmailEnum = enumType(ONLINE_BOOKING_EMAILS, 'OnlineBookingEmail', 'What a guest who books online receives: WITH_DOCUMENT the PDF attached, NOTIFICATION a notification of the booking');

const HOUR = 'An hour such as 09:00 or 18:30, on the quarter hour';

@ObjectType('DocumentHeader')
export class DocumentHeaderType {
  @Field(() => String, { nullable: true, description: 'Null: your establishment’s name' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'Null: your establishment’s slogan' }) slogan!: string | null;
  @Field(() => String, { nullable: true, description: 'An image uploaded with POST /images (PNG or JPEG)' }) logoImageId!: string | null;
}

@InputType('DocumentHeaderInput', { description: 'A field left out keeps its value; null or empty clears it' })
export class DocumentHeaderInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) slogan?: string | null;
  @Field(() => String, { nullable: true }) logoImageId?: string | null;
}

@ObjectType('DocumentArrival')
export class DocumentArrivalType {
  @Field(() => String, { nullable: true, description: HOUR }) from!: string | null;
  @Field(() => String, { nullable: true, description: HOUR }) to!: string | null;
  @Field(() => LocalizedTextType, { description: 'Précisions' }) note!: LocalizedTextType;
}

@InputType('DocumentArrivalInput')
export class DocumentArrivalInput {
  @Field(() => String, { nullable: true, description: HOUR }) from?: string | null;
  @Field(() => String, { nullable: true, description: HOUR }) to?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) note?: LocalizedTextInput | null;
}

@ObjectType('DocumentDeparture')
export class DocumentDepartureType {
  @Field(() => String, { nullable: true, description: HOUR }) before!: string | null;
  @Field(() => LocalizedTextType) note!: LocalizedTextType;
}

@InputType('DocumentDepartureInput')
export class DocumentDepartureInput {
  @Field(() => String, { nullable: true, description: HOUR }) before?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) note?: LocalizedTextInput | null;
}

@ObjectType('SignatureRequest', { description: 'An option is a proposal to return signed with the deposit; a confirmed file, a contract' })
export class SignatureRequestType {
  @Field(() => LocalizedTextType) option!: LocalizedTextType;
  @Field(() => LocalizedTextType) contract!: LocalizedTextType;
}

@InputType('SignatureRequestInput')
export class SignatureRequestInput {
  @Field(() => LocalizedTextInput, { nullable: true }) option?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) contract?: LocalizedTextInput | null;
}

@ObjectType('StatusTexts', { description: 'An extra paragraph printed for a file in that status' })
export class StatusTextsType {
  @Field(() => LocalizedTextType) option!: LocalizedTextType;
  @Field(() => LocalizedTextType, { description: 'Confirmed, not paid' }) confirmed!: LocalizedTextType;
  @Field(() => LocalizedTextType) paid!: LocalizedTextType;
}

@InputType('StatusTextsInput')
export class StatusTextsInput {
  @Field(() => LocalizedTextInput, { nullable: true }) option?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) confirmed?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) paid?: LocalizedTextInput | null;
}

@ObjectType('DocumentDescription', { description: 'Part 3: the accommodation’s sheet is always printed; these add to it' })
export class DocumentDescriptionType {
  @Field(() => Boolean) establishmentText!: boolean;
  @Field(() => Boolean) establishmentImages!: boolean;
  @Field(() => Boolean) accommodationImages!: boolean;
}

@InputType('DocumentDescriptionInput')
export class DocumentDescriptionInput {
  @Field(() => Boolean, { nullable: true }) establishmentText?: boolean | null;
  @Field(() => Boolean, { nullable: true }) establishmentImages?: boolean | null;
  @Field(() => Boolean, { nullable: true }) accommodationImages?: boolean | null;
}

@ObjectType('DocumentSettings', { description: 'How your booking-file document reads, in four parts; texts in French and English' })
export class DocumentSettingsType {
  @Field(() => DocumentHeaderType, { description: 'Part 1' }) header!: DocumentHeaderType;
  @Field(() => Boolean, { description: 'Part 2: print the price line by line' }) showPriceDetail!: boolean;
  @Field(() => DocumentArrivalType) arrival!: DocumentArrivalType;
  @Field(() => DocumentDepartureType) departure!: DocumentDepartureType;
  @Field(() => LocalizedTextType, { description: 'Informations complémentaires, always printed (the tourist tax, the keys…)' }) furtherInformation!: LocalizedTextType;
  @Field(() => SignatureRequestType) signatureRequest!: SignatureRequestType;
  @Field(() => LocalizedTextType, { description: 'Formule de politesse' }) politeness!: LocalizedTextType;
  @Field(() => StatusTextsType) statusTexts!: StatusTextsType;
  @Field(() => DocumentDescriptionType) description!: DocumentDescriptionType;
  @Field(() => LocalizedTextType, { description: 'Part 4, your general terms of sale (CGV); null until you write them' }) terms!: LocalizedTextType;
  @Field(() => Boolean, { description: 'Print part 4 (on by default: attaching the terms is mandatory)' }) printTerms!: boolean;
  @Field(() => LocalizedTextType, { description: 'A model of general terms of sale for a gîte or guest rooms, to adapt and save as `terms`' }) termsModel!: LocalizedTextType;
}

@InputType('DocumentSettingsInput', { description: 'A part left out keeps what you saved; a text sent empty is cleared' })
export class DocumentSettingsInput {
  @Field(() => DocumentHeaderInput, { nullable: true }) header?: DocumentHeaderInput | null;
  @Field(() => Boolean, { nullable: true }) showPriceDetail?: boolean | null;
  @Field(() => DocumentArrivalInput, { nullable: true }) arrival?: DocumentArrivalInput | null;
  @Field(() => DocumentDepartureInput, { nullable: true }) departure?: DocumentDepartureInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) furtherInformation?: LocalizedTextInput | null;
  @Field(() => SignatureRequestInput, { nullable: true }) signatureRequest?: SignatureRequestInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) politeness?: LocalizedTextInput | null;
  @Field(() => StatusTextsInput, { nullable: true }) statusTexts?: StatusTextsInput | null;
  @Field(() => DocumentDescriptionInput, { nullable: true }) description?: DocumentDescriptionInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) terms?: LocalizedTextInput | null;
  @Field(() => Boolean, { nullable: true }) printTerms?: boolean | null;
}

@ObjectType('EmailSettings', { description: 'How your emails read and who gets them' })
export class EmailSettingsType {
  @Field(() => LocalizedTextType, { description: 'Null in a language: a footer made from your details' }) footer!: LocalizedTextType;
  @Field(() => Boolean, { description: 'You get a copy of each email a guest gets' }) copyToOwner!: boolean;
  @Field(() => OnlineBookingEmailEnum) onlineBooking!: OnlineBookingEmail;
  @Field(() => LocalizedTextType, { description: 'Of the email carrying the document; null in a language: the standard one' }) subject!: LocalizedTextType;
  @Field(() => LocalizedTextType, { description: 'Opens the email carrying the document; null in a language: the standard one' }) introduction!: LocalizedTextType;
  @Field(() => [LangEnum], { description: 'The languages you write to guests in; the first is used when a guest’s is unknown' }) languages!: Lang[];
  @Field(() => Int, { nullable: true, description: 'Days before the balance falls due when the guest is reminded; null: no reminder' }) balanceReminderDays!: number | null;
  @Field(() => Boolean, { description: 'Remind the guest when the deposit’s due date passes unpaid' }) depositReminder!: boolean;
}

@InputType('EmailSettingsInput', { description: 'A field left out keeps what you saved' })
export class EmailSettingsInput {
  @Field(() => LocalizedTextInput, { nullable: true }) footer?: LocalizedTextInput | null;
  @Field(() => Boolean, { nullable: true }) copyToOwner?: boolean | null;
  @Field(() => OnlineBookingEmailEnum, { nullable: true }) onlineBooking?: OnlineBookingEmail | null;
  @Field(() => LocalizedTextInput, { nullable: true }) subject?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) introduction?: LocalizedTextInput | null;
  @Field(() => [LangEnum], { nullable: true }) languages?: Lang[] | null;
  @Field(() => Int, { nullable: true, description: '0 turns the balance reminder off' }) balanceReminderDays?: number | null;
  @Field(() => Boolean, { nullable: true }) depositReminder?: boolean | null;
}

export const documentSettingsType = (settings: DocumentSettings): DocumentSettingsType => ({ ...settings, termsModel: TERMS_MODEL });

export const emailSettingsType = (settings: EmailSettings): EmailSettingsType => ({ ...settings, languages: [...settings.languages] });
