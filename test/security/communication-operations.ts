import { EntityManager } from '@mikro-orm/postgresql';
import type { TestApp } from '../support/test-app';
import { expectRefused, type OwnerOperation, type Owners } from './owner-operation';
import { aReservation } from './reservation-operations';

/** Texts only A wrote: none may ever reach B. */
const A_DOCUMENT = { header: { name: 'Maison Alpha' }, terms: { fr: 'Conditions de vente Alpha', en: 'Alpha terms of sale' } };
const A_EMAIL = { subject: { fr: 'Sujet Alpha', en: 'Alpha subject' }, languages: ['EN'], balanceReminderDays: 3, copyToOwner: false };

const DOCUMENT = 'header { name slogan logoImageId } arrival { from to } terms { fr en } printTerms';
const EMAIL = 'subject { fr en } footer { fr en } languages balanceReminderDays copyToOwner';
const A_SETTINGS = `{ documentSettings { ${DOCUMENT} } emailSettings { ${EMAIL} } }`;

/** A's settings as A saved them, known once createCommunicationOfA has run. */
export const aCommunication = { settings: {} as Record<string, unknown> };

/** Document and email settings of A's own, for B to read or overwrite. */
export async function createCommunicationOfA(t: TestApp, token: string): Promise<typeof aCommunication> {
  const setUp = async (document: string, variables: Record<string, unknown>) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors || !answer.data) throw new Error(`setting up A's communication failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  await setUp('mutation($input: DocumentSettingsInput!) { setDocumentSettings(input: $input) { printTerms } }', { input: A_DOCUMENT });
  await setUp('mutation($input: EmailSettingsInput!) { setEmailSettings(input: $input) { languages } }', { input: A_EMAIL });
  aCommunication.settings = await setUp(A_SETTINGS, {});
  return aCommunication;
}

/** A's settings read back exactly as A saved them. */
async function aSettingsAreUntouched(t: TestApp, o: Owners): Promise<void> {
  const answer = await t.gql(A_SETTINGS, {}, o.a.token);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual(aCommunication.settings);
}

/** B's answer holds nothing A wrote. */
const nothingOfA = (answer: unknown): void => expect(JSON.stringify(answer)).not.toMatch(/Alpha/);

/**
 * B's own settings answer: what B never sets in these attacks is still the default, where A set
 * something else (A's header name, languages and reminder), and nothing of A's is in it.
 */
const ownSettings =
  (field: 'documentSettings' | 'emailSettings', defaults: Record<string, unknown>): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[field]).toMatchObject(defaults);
    nothingOfA(answer);
    await aSettingsAreUntouched(t, o);
  };

/** The emails ever queued about A's file with its document: B's attempt must add none. */
async function documentsQueuedForA(t: TestApp): Promise<number> {
  // The event store, not the emails read model: it holds an email the instant it is queued.
  const [row] = await t.app
    .get(EntityManager)
    .fork()
    .getConnection()
    .execute<{ n: string }[]>("SELECT count(*) AS n FROM events WHERE type = 'EmailQueued' AND data ->> 'dossierId' = ? AND data ->> 'kind' = 'DOSSIER_DOCUMENT'", [aReservation.dossierId]);
  return Number(row.n);
}

export const COMMUNICATION_OPERATIONS: Record<string, OwnerOperation> = {
  documentSettings: {
    document: `{ documentSettings { ${DOCUMENT} } }`,
    variables: () => ({}),
    verify: ownSettings('documentSettings', { header: { name: null, slogan: null, logoImageId: null }, arrival: { from: '16:00', to: '20:00' }, printTerms: true }),
  },
  emailSettings: {
    document: `{ emailSettings { ${EMAIL} } }`,
    variables: () => ({}),
    verify: ownSettings('emailSettings', { languages: ['FR', 'EN'], balanceReminderDays: 7, copyToOwner: true, footer: { fr: null, en: null } }),
  },
  setDocumentSettings: {
    document: `mutation($input: DocumentSettingsInput!) { setDocumentSettings(input: $input) { ${DOCUMENT} } }`,
    variables: () => ({ input: { terms: { fr: 'Conditions de vente Beta' } } }),
    verify: async (answer, o, t) => {
      // B saves B's own terms; A's are the ones A wrote.
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.setDocumentSettings).toMatchObject({ header: { name: null }, terms: { fr: 'Conditions de vente Beta', en: null } });
      nothingOfA(answer);
      await aSettingsAreUntouched(t, o);
    },
  },
  setEmailSettings: {
    document: `mutation($input: EmailSettingsInput!) { setEmailSettings(input: $input) { ${EMAIL} } }`,
    variables: () => ({ input: { subject: { fr: 'Sujet Beta' } } }),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.setEmailSettings).toMatchObject({ subject: { fr: 'Sujet Beta', en: null }, languages: ['FR', 'EN'], balanceReminderDays: 7 });
      nothingOfA(answer);
      await aSettingsAreUntouched(t, o);
    },
  },
  sendDossierDocument: {
    document: 'mutation($id: ID!) { sendDossierDocument(id: $id, lang: EN) { id guest { lastName email } emails { to subject } } }',
    variables: () => ({ id: aReservation.dossierId }),
    verify: async (answer, o, t) => {
      expectRefused(answer, 'NOT_FOUND');
      expect(answer.errors?.[0].extensions?.field).toBe('id');
      nothingOfA(answer);
      expect(await documentsQueuedForA(t)).toBe(0);
      await aSettingsAreUntouched(t, o);
    },
  },
};
