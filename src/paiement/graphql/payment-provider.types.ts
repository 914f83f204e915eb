import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import type { ActiveConnection } from '../application/provider-connections';
import type { PaymentProviderName } from '../contracts';
import { PaymentProviderEnum } from './sales-terms.types';

@ObjectType('PaymentProviderConnection', { description: 'The provider taking your online payments; its secrets are never shown again' })
export class PaymentProviderConnectionType {
  @Field(() => PaymentProviderEnum) provider!: PaymentProviderName;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null for the LOCAL provider lent by default' }) connectedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The start and end of the secret key (sk_test_…a1b2), to tell which one it is' }) keyHint!: string | null;
  @Field(() => Boolean, { description: 'The LOCAL test provider a development start lends you until you choose one' }) byDefault!: boolean;
}

@InputType('PaymentProviderInput', { description: 'STRIPE needs your secret key and your webhook endpoint’s signing secret; LOCAL needs neither' })
export class PaymentProviderInput {
  @Field(() => PaymentProviderEnum) provider!: PaymentProviderName;
  @Field(() => String, { nullable: true, description: 'sk_live_…, sk_test_… or a restricted rk_… key' }) secretKey?: string | null;
  @Field(() => String, { nullable: true, description: 'whsec_…: the signing secret of the endpoint you add in Stripe for <your address>/payments/webhooks/stripe' }) webhookSecret?: string | null;
}

export const paymentProviderConnectionType = (connection: ActiveConnection): PaymentProviderConnectionType => ({
  provider: connection.provider,
  connectedAt: connection.connectedAt === null ? null : new Date(connection.connectedAt),
  keyHint: connection.keyHint,
  byDefault: connection.byDefault,
});
