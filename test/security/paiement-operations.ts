import type { TestApp } from '../support/test-app';
import type { OwnerOperation, Owners } from './owner-operation';

/** Texts only A wrote: none may ever reach B. */
const A_SALES_TERMS = {
  onlinePayment: true,
  preBooking: false,
  paymentWindowMinutes: 45,
  gdprOptIn: { text: { fr: 'Offres Alpha', en: 'Alpha offers' }, link: 'https://alpha.example/rgpd' },
  privacy: { text: { fr: 'Confidentialité Alpha' }, link: null },
};

const SALES_TERMS = 'onlinePayment preBooking paymentWindowMinutes gdprOptIn { text { fr en } link } privacy { text { fr en } link } provider onlinePaymentReady';
const PROVIDER = 'provider connectedAt keyHint byDefault';
const A_PAIEMENT = `{ salesTerms { ${SALES_TERMS} } paymentProvider { ${PROVIDER} } }`;

/** A's sales terms and provider as A left them, known once createPaiementOfA has run. */
const aPaiement = { settings: {} as Record<string, unknown> };

/** Sales terms and a Stripe connection of A's own, for B to read or overwrite. */
export async function createPaiementOfA(t: TestApp, token: string): Promise<void> {
  const setUp = async (document: string, variables: Record<string, unknown>) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors || !answer.data) throw new Error(`setting up A's sales terms failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  await setUp('mutation($input: SalesTermsInput!) { setSalesTerms(input: $input) { preBooking } }', { input: A_SALES_TERMS });
  await setUp('mutation($input: PaymentProviderInput!) { connectPaymentProvider(input: $input) { provider } }', {
    input: { provider: 'STRIPE', secretKey: 'sk_test_AlphaSecretKeyOfTheFirstOwner0001', webhookSecret: 'whsec_AlphaWebhookSecret0001' },
  });
  aPaiement.settings = await setUp(A_PAIEMENT, {});
}

async function aPaiementIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const answer = await t.gql(A_PAIEMENT, {}, o.a.token);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual(aPaiement.settings);
  expect(answer.data).toMatchObject({ salesTerms: { paymentWindowMinutes: 45 }, paymentProvider: { provider: 'STRIPE' } });
}

/** B's answer holds nothing A wrote, nor a trace of A's keys. */
const nothingOfA = (answer: unknown): void => expect(JSON.stringify(answer)).not.toMatch(/Alpha|0001/);

const ownAnswer =
  (check: (data: Record<string, unknown>) => void): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expect(answer.errors).toBeUndefined();
    check(answer.data ?? {});
    nothingOfA(answer);
    await aPaiementIsUntouched(t, o);
  };

export const PAIEMENT_OPERATIONS: Record<string, OwnerOperation> = {
  salesTerms: {
    document: `{ salesTerms { ${SALES_TERMS} } }`,
    variables: () => ({}),
    verify: ownAnswer((data) => expect(data.salesTerms).toMatchObject({ preBooking: true, paymentWindowMinutes: 30, gdprOptIn: null, privacy: null })),
  },
  setSalesTerms: {
    document: `mutation($input: SalesTermsInput!) { setSalesTerms(input: $input) { ${SALES_TERMS} } }`,
    variables: () => ({ input: { paymentWindowMinutes: 20 } }),
    verify: ownAnswer((data) => expect(data.setSalesTerms).toMatchObject({ paymentWindowMinutes: 20, preBooking: true, gdprOptIn: null })),
  },
  paymentProvider: {
    document: `{ paymentProvider { ${PROVIDER} } }`,
    variables: () => ({}),
    verify: ownAnswer((data) => expect((data.paymentProvider as { provider?: string } | null)?.provider ?? null).not.toBe('STRIPE')),
  },
  connectPaymentProvider: {
    document: `mutation($input: PaymentProviderInput!) { connectPaymentProvider(input: $input) { ${PROVIDER} } }`,
    variables: () => ({ input: { provider: 'STRIPE', secretKey: 'sk_test_BetaSecretKeyOfTheSecondOwner0002', webhookSecret: 'whsec_BetaWebhookSecret0002' } }),
    verify: ownAnswer((data) => expect(data.connectPaymentProvider).toMatchObject({ provider: 'STRIPE', keyHint: expect.stringMatching(/0002$/) })),
  },
  disconnectPaymentProvider: {
    document: 'mutation { disconnectPaymentProvider }',
    variables: () => ({}),
    verify: ownAnswer((data) => expect(typeof data.disconnectPaymentProvider).toBe('boolean')),
  },
};
