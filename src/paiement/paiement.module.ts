import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DepositPoliciesImpl } from './application/deposit-policies';
import { PaymentLedgerImpl } from './application/payment-ledger';
import { SetDepositPolicyHandler } from './application/set-deposit-policy.handler';
import { DEPOSIT_POLICIES, PAYMENT_LEDGER } from './contracts';
import { DepositPolicyResolver } from './graphql/deposit-policy.resolver';

/** Listed for printing the schema without starting the app. */
export const paiementResolvers = [DepositPolicyResolver];

/**
 * Each owner's deposit policy and each booking file's ledger of payments. Global so that
 * Tarification and Reservation inject its contracts knowing only `contracts.ts`.
 */
@Global()
@Module({
  imports: [CqrsModule],
  providers: [
    SetDepositPolicyHandler,
    { provide: DEPOSIT_POLICIES, useClass: DepositPoliciesImpl },
    { provide: PAYMENT_LEDGER, useClass: PaymentLedgerImpl },
    ...paiementResolvers,
  ],
  exports: [DEPOSIT_POLICIES, PAYMENT_LEDGER],
})
export class PaiementModule {}
