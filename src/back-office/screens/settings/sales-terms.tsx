import { DepositPolicySettings } from './deposit-policy';
import { LeadTimeSettings } from './lead-time';
import { OnlineSalesSettings } from './online-sales';
import { TermsOfSaleSettings } from './terms-of-sale';

/** "Modalités de vente": the deposit, the lead time, online sales with their GDPR texts, and the CGV, each its own form. */
export function SalesTermsSettings() {
  return (
    <>
      <DepositPolicySettings />
      <LeadTimeSettings />
      <OnlineSalesSettings />
      <TermsOfSaleSettings />
    </>
  );
}
