import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import type { AddressObject, ParsedMail } from 'mailparser';
import { TERMS_MISSING_WARNING } from '../../src/communication/contracts';
import { ownerWithGite } from '../support/booking-fixtures';
import { bookedFile as bookedFileOf, EMAIL_FIELDS, type BookedFile, type SentEmail } from '../support/communication-fixtures';
import { pdfWords, words } from '../support/pdf-text';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * What a booking file's guest receives, on a real SMTP server in the test process: the document
 * sent on demand (with the owner's copy), a payment acknowledged, a cancellation confirmed. Each
 * email's delivery shows on the file's `emails`.
 */
const EMAILS = EMAIL_FIELDS;
const SEND = `mutation($id: ID!, $lang: Lang) { sendDossierDocument(id: $id, lang: $lang) { id number status ${EMAILS} } }`;
const READ_EMAILS = `query($id: ID!) { dossier(id: $id) { ${EMAILS} } }`;


type WarnedAnswer = GraphqlAnswer<{ sendDossierDocument: { id: string; number: number | null; status: string; emails: SentEmail[] } }> & { extensions?: { warnings?: string[] } };

const addresses = (to: AddressObject | AddressObject[] | undefined): string[] => (Array.isArray(to) ? to : to ? [to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));

const settled = (emails: SentEmail[], count: number) => emails.length === count && emails.every((e) => e.status !== 'QUEUED') && emails;

describe('emails about a booking file', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ config: { smtpUrl: sink.url, emailPollMs: 50, pdfWorkers: 1 } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const bookedFile = (guestEmail: string | null = `marie.${randomUUID().slice(0, 8)}@example.org`) => bookedFileOf(t, guestEmail);

  const ok = async (file: BookedFile, document: string, variables: Record<string, unknown> = {}) => {
    const answer = await t.gql(document, variables, file.gite.owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const send = (file: BookedFile, lang: string | null = 'FR', token = file.gite.owner.token): Promise<WarnedAnswer> => t.gql(SEND, { id: file.id, lang }, token);
  const emailsOf = async (file: BookedFile): Promise<SentEmail[]> => ((await t.gql(READ_EMAILS, { id: file.id }, file.gite.owner.token)).data?.dossier?.emails as SentEmail[] | undefined) ?? [];
  /** Emails queued about the file, by recipient, from the event store: it holds an email the instant it is queued, where `emails` may lag. */
  const queuedFor = async (file: BookedFile): Promise<string[]> => {
    const rows = await t.app
      .get(EntityManager)
      .fork()
      .getConnection()
      .execute<{ recipient: string }[]>("SELECT data ->> 'recipient' AS recipient FROM events WHERE type = 'EmailQueued' AND data ->> 'dossierId' = ? ORDER BY global_position", [file.id]);
    return rows.map((row) => row.recipient);
  };
  const mailsTo = (address: string | null): ParsedMail[] => sink.received.filter((m) => address !== null && addresses(m.to).includes(address));

  describe('sendDossierDocument', () => {
    it('answers the file, warning that the terms of sale are missing', async () => {
      const file = await bookedFile();

      const answer = await send(file);

      expect(answer.errors).toBeUndefined();
      expect(answer.data?.sendDossierDocument).toMatchObject({ id: file.id, number: 1, status: 'OPTION' });
      expect(answer.extensions?.warnings).toEqual([TERMS_MISSING_WARNING]);
    });

    it('answers with the emails it queued already among the file’s emails: the proposal to the guest and the owner’s copy', async () => {
      const file = await bookedFile();

      const answer = await send(file);

      const queued = answer.data?.sendDossierDocument.emails ?? [];
      expect(queued.map((e) => [e.kind, e.recipient, e.copy, e.to]).sort()).toEqual([
        ['DOSSIER_DOCUMENT', 'GUEST', false, file.guestEmail],
        ['DOSSIER_DOCUMENT', 'OWNER', true, file.gite.owner.email],
      ]);
    });

    it('delivers the guest one email with the PDF attached, the owner a copy, and shows both SENT', async () => {
      const file = await bookedFile();
      await send(file);

      const emails = await until('both emails sent', async () => settled(await emailsOf(file), 2));
      expect(emails.map((e) => [e.recipient, e.status, e.attempts, e.error])).toEqual(
        expect.arrayContaining([
          ['GUEST', 'SENT', 1, null],
          ['OWNER', 'SENT', 1, null],
        ]),
      );
      for (const email of emails) expect(Date.parse(email.at)).toBeGreaterThanOrEqual(Date.parse(email.queuedAt));
      const [toGuest, ...moreToGuest] = mailsTo(file.guestEmail);
      expect(moreToGuest).toEqual([]);
      expect(toGuest.subject).toBe('Proposition de location n° 1');
      expect(toGuest.replyTo?.text).toBe(file.gite.owner.email);
      expect(words(toGuest.text ?? '')).toContain('Bonjour Marie Dupont,');
      const [pdf, ...moreAttachments] = toGuest.attachments;
      expect(moreAttachments).toEqual([]);
      expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: 'proposition-1.pdf' });
      const text = pdfWords(pdf.content);
      expect(text).toContain('Proposition de location');
      expect(text).toContain('Marie Dupont');
      expect(text).toContain('Total : 1 234,56 €');

      const [copy, ...moreCopies] = mailsTo(file.gite.owner.email);
      expect(moreCopies).toEqual([]);
      expect(copy.subject).toBe('Copie : Proposition de location n° 1');
      expect(copy.attachments.map((a) => a.filename)).toEqual(['proposition-1.pdf']);
    });

    it('sends again when asked again: two more emails, every one SENT', async () => {
      const file = await bookedFile();
      await send(file);
      const first = await until('the first two sent', async () => settled(await emailsOf(file), 2));

      const again = await send(file);

      expect(again.errors).toBeUndefined();
      const emails = await until('four emails sent', async () => settled(await emailsOf(file), 4));
      expect(emails.every((e) => e.status === 'SENT')).toBe(true);
      expect(new Set(emails.map((e) => e.id)).size).toBe(4);
      // Newest first: the first request's two come last.
      expect(emails.slice(2).map((e) => e.id).sort()).toEqual(first.map((e) => e.id).sort());
      expect(mailsTo(file.guestEmail)).toHaveLength(2);
      expect(mailsTo(file.gite.owner.email)).toHaveLength(2);
    });

    it('sends the guest alone when the owner asked for no copies', async () => {
      const file = await bookedFile();
      await ok(file, 'mutation { setEmailSettings(input: { copyToOwner: false }) { copyToOwner } }');

      await send(file);

      const emails = await until('the guest’s email sent', async () => settled(await emailsOf(file), 1));
      expect(emails).toEqual([expect.objectContaining({ recipient: 'GUEST', copy: false, status: 'SENT' })]);
      expect(await queuedFor(file)).toEqual(['GUEST']);
      expect(mailsTo(file.guestEmail)).toHaveLength(1);
      expect(mailsTo(file.gite.owner.email)).toEqual([]);
    });

    it('writes in English when asked, and warns of nothing once the terms are written', async () => {
      const file = await bookedFile();
      await ok(file, 'mutation($input: DocumentSettingsInput!) { setDocumentSettings(input: $input) { printTerms } }', { input: { terms: { fr: 'Article 1 – Objet.', en: 'Article 1 – Purpose.' } } });

      const answer = await send(file, 'EN');

      expect(answer.errors).toBeUndefined();
      expect(answer.extensions?.warnings).toBeUndefined();
      await until('both emails sent', async () => settled(await emailsOf(file), 2));
      const [toGuest] = mailsTo(file.guestEmail);
      expect(toGuest.subject).toBe('Rental proposal no. 1');
      expect(toGuest.attachments.map((a) => a.filename)).toEqual(['proposal-1.pdf']);
      expect(pdfWords(toGuest.attachments[0].content)).toContain('Article 1 – Purpose.');
    });

    it('writes in the owner’s first language when no language is asked', async () => {
      const file = await bookedFile();
      await ok(file, 'mutation { setEmailSettings(input: { languages: [EN] }) { languages } }');

      await send(file, null);

      await until('both emails sent', async () => settled(await emailsOf(file), 2));
      expect(mailsTo(file.guestEmail).map((m) => [m.subject, m.attachments.map((a) => a.filename)])).toEqual([['Rental proposal no. 1', ['proposal-1.pdf']]]);
    });

    it('refuses a language the owner does not write in with BAD_USER_INPUT on lang, and sends nothing', async () => {
      const file = await bookedFile();
      await ok(file, 'mutation { setEmailSettings(input: { languages: [FR] }) { languages } }');

      const answer = await send(file, 'EN');

      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
      expect(answer.data ?? null).toBeNull();
      expect(await queuedFor(file)).toEqual([]);
    });

    it('answers another owner NOT_FOUND, and sends nothing', async () => {
      const file = await bookedFile();
      const other = await ownerWithGite(t);

      const answer = await send(file, 'FR', other.owner.token);

      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0].message).not.toMatch(/Dupont/);
      expect(await queuedFor(file)).toEqual([]);
    });

    it('answers for a guest without an address, and shows the guest’s email FAILED "not sent: no address" while the copy goes', async () => {
      const file = await bookedFile(null);

      const answer = await send(file);

      expect(answer.errors).toBeUndefined();
      expect(answer.data?.sendDossierDocument.id).toBe(file.id);
      const emails = await until('both emails settled', async () => settled(await emailsOf(file), 2));
      expect(emails.find((e) => e.recipient === 'GUEST')).toMatchObject({ status: 'FAILED', to: null, attempts: 0, error: 'not sent: no address' });
      expect(emails.find((e) => e.recipient === 'OWNER')).toMatchObject({ status: 'SENT', copy: true });
    });
  });

  describe('what the file’s changes send', () => {
    it('acknowledges a payment to the guest with its amount in French', async () => {
      const file = await bookedFile();

      await ok(file, 'mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2027-01-15", method: TRANSFER, cents: 100050 }) { status } }', { id: file.id });

      const emails = await until('the payment acknowledged', async () => {
        const all = await emailsOf(file);
        return all.some((e) => e.kind === 'PAYMENT_RECEIVED' && e.recipient === 'GUEST' && e.status === 'SENT') && all;
      });
      expect(emails.find((e) => e.kind === 'PAYMENT_RECEIVED' && e.recipient === 'GUEST')).toMatchObject({ to: file.guestEmail, subject: 'Règlement reçu – réservation n° 1' });
      const [toGuest] = await until('the guest’s email received', () => Promise.resolve(mailsTo(file.guestEmail).length > 0 && mailsTo(file.guestEmail)));
      const text = words(toGuest.text ?? '');
      expect(text).toContain('Nous avons bien reçu votre règlement de 1 000,50 € du vendredi 15 janvier 2027');
      expect(text).toContain('234,06 €');
    });

    it('confirms a cancellation to the guest', async () => {
      const file = await bookedFile();

      await ok(file, 'mutation($id: ID!) { cancelDossier(id: $id, reason: "Changement de programme") { status } }', { id: file.id });

      const emails = await until('the cancellation sent', async () => {
        const all = await emailsOf(file);
        return all.some((e) => e.kind === 'CANCELLATION' && e.recipient === 'GUEST' && e.status === 'SENT') && all;
      });
      expect(emails.find((e) => e.kind === 'CANCELLATION' && e.recipient === 'GUEST')).toMatchObject({ to: file.guestEmail, subject: 'Annulation de la réservation n° 1' });
      const [toGuest] = await until('the guest’s email received', () => Promise.resolve(mailsTo(file.guestEmail).length > 0 && mailsTo(file.guestEmail)));
      expect(words(toGuest.text ?? '')).toContain('Nous vous confirmons l\'annulation de votre réservation n° 1.');
    });
  });
});
