import { subjectNamedBy, type PersonalDataPolicy } from '../../event-store/personal-data/personal-data-policy';

/** A payment's note in the ledger ("chèque de M. Dupont", a refund's reason) may name the guest: null once they are erased. */
export const ledgerPersonalData: PersonalDataPolicy = {
  types: ['PaymentRecorded'],
  subjectOf: subjectNamedBy('dossierId'),
  fields: ['payment.note'],
  erased: () => null,
};

/** The guest's address given to the local test provider's checkout, under the key of the booking it pays (its reference). */
export const localCheckoutPersonalData: PersonalDataPolicy = {
  types: ['LocalCheckoutStarted'],
  subjectOf: subjectNamedBy('reference'),
  fields: ['customerEmail'],
  erased: () => null,
};
