import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { LocalizedTextInput, LocalizedTextType } from '../../shared/graphql/localized-text.type';
import { PAYMENT_PROVIDERS, type OnlineSalesTerms, type PaymentProviderName } from '../contracts';

export const PaymentProviderEnum = enumType(PAYMENT_PROVIDERS, 'PaymentProvider', 'STRIPE, or LOCAL: the test provider served by the app itself, which takes no money (never in production)');

@ObjectType('LinkedText', { description: 'A text guests read before booking, with the page that says more' })
export class LinkedTextType {
  @Field(() => LocalizedTextType) text!: LocalizedTextType;
  @Field(() => String, { nullable: true }) link!: string | null;
}

@InputType('LinkedTextInput')
export class LinkedTextInput {
  @Field(() => LocalizedTextInput, { description: 'The French is required' }) text!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: 'An http(s) address' }) link?: string | null;
}

@ObjectType('SalesTerms', { description: 'How you sell online ("Modalités de vente"), as the booking engine applies them' })
export class SalesTermsType {
  @Field(() => Boolean, { description: 'Guests may pay the deposit online; it works once a provider is connected (onlinePaymentReady)' }) onlinePayment!: boolean;
  @Field(() => Boolean, { description: 'Guests may pre-book without paying: the file opens as an option, the deposit due by your deposit policy' }) preBooking!: boolean;
  @Field(() => Int, { description: 'How long the nights stay held for a guest paying online' }) paymentWindowMinutes!: number;
  @Field(() => LinkedTextType, { nullable: true, description: 'The marketing opt-in a guest may tick; null: none offered' }) gdprOptIn!: LinkedTextType | null;
  @Field(() => LinkedTextType, { nullable: true, description: 'The privacy information on the booking form' }) privacy!: LinkedTextType | null;
  @Field(() => PaymentProviderEnum, { nullable: true, description: 'The provider taking your online payments; null: none' }) provider!: PaymentProviderName | null;
  @Field(() => Boolean, { description: 'Guests can pay online now: online payment is on and a provider is connected' }) onlinePaymentReady!: boolean;
}

@InputType('SalesTermsInput', { description: 'Only the fields you send change; send gdprOptIn or privacy as null to remove it' })
export class SalesTermsInput {
  @Field(() => Boolean, { nullable: true }) onlinePayment?: boolean | null;
  @Field(() => Boolean, { nullable: true }) preBooking?: boolean | null;
  @Field(() => Int, { nullable: true, description: '10 to 1440 (a day); 30 unless you set it' }) paymentWindowMinutes?: number | null;
  @Field(() => LinkedTextInput, { nullable: true }) gdprOptIn?: LinkedTextInput | null;
  @Field(() => LinkedTextInput, { nullable: true }) privacy?: LinkedTextInput | null;
}

export const salesTermsType = (terms: OnlineSalesTerms): SalesTermsType => ({ ...terms, onlinePaymentReady: terms.onlinePayment && terms.provider !== null });
