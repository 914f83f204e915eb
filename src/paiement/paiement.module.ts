import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../event-store/personal-data/personal-data-registry';
import { ledgerPersonalData, localCheckoutPersonalData } from './infrastructure/payment-personal-data.policies';
import { CqrsModule } from '@nestjs/cqrs';
import { ConnectPaymentProviderHandler } from './application/connect-payment-provider.handler';
import { DepositPoliciesImpl } from './application/deposit-policies';
import { DisconnectPaymentProviderHandler } from './application/disconnect-payment-provider.handler';
import { OnlinePaymentsImpl } from './application/online-payments';
import { OnlineRefunds } from './application/online-refunds';
import { PaymentLedgerImpl } from './application/payment-ledger';
import { PaymentWebhooks } from './application/payment-webhooks';
import { PAYMENT_PROVIDER_ADAPTERS, SECRET_BOX, type PaymentProviders } from './application/ports';
import { ProviderConnections } from './application/provider-connections';
import { SalesTermsImpl } from './application/sales-terms';
import { SetDepositPolicyHandler } from './application/set-deposit-policy.handler';
import { SetSalesTermsHandler } from './application/set-sales-terms.handler';
import { DEPOSIT_POLICIES, ONLINE_PAYMENTS, PAYMENT_LEDGER, SALES_TERMS } from './contracts';
import { DepositPolicyResolver } from './graphql/deposit-policy.resolver';
import { PaymentProviderResolver } from './graphql/payment-provider.resolver';
import { SalesTermsResolver } from './graphql/sales-terms.resolver';
import { LocalCheckoutController } from './infrastructure/local-checkout.controller';
import { LocalPaymentProvider } from './infrastructure/local-payment-provider';
import { AesGcmSecretBox, PaymentKeys } from './infrastructure/payment-secrets';
import { PaymentWebhooksController } from './infrastructure/payment-webhooks.controller';
import { StripePaymentProvider } from './infrastructure/stripe-payment-provider';

/** Listed for printing the schema without starting the app. */
export const paiementResolvers = [DepositPolicyResolver, SalesTermsResolver, PaymentProviderResolver];

/**
 * Each owner's deposit policy and sales terms, each booking file's ledger of payments, and online
 * payment: the provider an owner connects (Stripe, or the local test provider), its payment
 * pages, its webhooks and its refunds. Global so that Tarification and Reservation inject its
 * contracts knowing only `contracts.ts`.
 */
@Global()
@Module({
  imports: [CqrsModule],
  controllers: [PaymentWebhooksController, LocalCheckoutController],
  providers: [
    SetDepositPolicyHandler,
    SetSalesTermsHandler,
    ConnectPaymentProviderHandler,
    DisconnectPaymentProviderHandler,
    PaymentKeys,
    ProviderConnections,
    OnlineRefunds,
    PaymentWebhooks,
    StripePaymentProvider,
    LocalPaymentProvider,
    SalesTermsImpl,
    { provide: SECRET_BOX, useClass: AesGcmSecretBox },
    {
      provide: PAYMENT_PROVIDER_ADAPTERS,
      inject: [StripePaymentProvider, LocalPaymentProvider],
      useFactory: (stripe: StripePaymentProvider, local: LocalPaymentProvider): PaymentProviders => ({ STRIPE: stripe, LOCAL: local }),
    },
    { provide: DEPOSIT_POLICIES, useClass: DepositPoliciesImpl },
    { provide: PAYMENT_LEDGER, useClass: PaymentLedgerImpl },
    { provide: SALES_TERMS, useExisting: SalesTermsImpl },
    { provide: ONLINE_PAYMENTS, useClass: OnlinePaymentsImpl },
    ...paiementResolvers,
  ],
  exports: [DEPOSIT_POLICIES, PAYMENT_LEDGER, SALES_TERMS, ONLINE_PAYMENTS],
})
export class PaiementModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(ledgerPersonalData, localCheckoutPersonalData);
  }
}
