import { createServer, type AddressInfo } from 'node:net';
import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { CreateDossier, type DossierChange } from '../../src/reservation/application/create-dossier.handler';
import { EmailSender } from '../../src/communication/infrastructure/email-sender';
import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { emailsOf as emailsOfFile, type SentEmail } from '../support/communication-fixtures';
import { refusal, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { until } from '../support/until';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

/**
 * The outbox end to end, on a real SMTP server in the test process: an online booking tells its
 * guest and its owner; SMTP down then up delivers every email once; a refused recipient fails
 * for good, untried again; two instances never send an email twice.
 */
async function freePort(): Promise<number> {
  const server = createServer();
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function bookOnline(t: TestApp, gite: OwnerWithGite, arrival: string, departure: string, email: string | null = 'marie.dupont@example.org'): Promise<string> {
  const input = {
    accommodationId: gite.accommodationId,
    arrival,
    departure,
    occupants: [{ ageRangeId: gite.adults, count: 2 }],
    optionalSupplementIds: [],
    price: 4250,
    guest: { lastName: 'Dupont', firstName: 'Marie', email },
  };
  const change: DossierChange = await t.app.get(CommandBus).execute(new CreateDossier(gite.owner.id, input, { origin: 'ONLINE', destinationId: null }));
  return change.dossierId;
}

const emailsOf = (t: TestApp, gite: OwnerWithGite, dossierId: string): Promise<SentEmail[]> => emailsOfFile(t, gite.owner.token, dossierId);

const settled = (emails: SentEmail[], count: number) => emails.length === count && emails.every((e) => e.status !== 'QUEUED') && emails;

describe('an online booking tells its guest and its owner, through the outbox', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let gite: OwnerWithGite;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ config: { smtpUrl: sink.url, emailPollMs: 50, mailFrom: 'reservations@gites.example', pdfWorkers: 1 } });
    gite = await ownerWithGite(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('sends the guest the proposal as a PDF, the owner a copy, and the owner the news', async () => {
    const dossierId = await bookOnline(t, gite, '2027-03-06', '2027-03-13');

    const emails = await until('three emails sent', async () => settled(await emailsOf(t, gite, dossierId), 3));
    expect(emails.map((e) => [e.kind, e.recipient, e.copy, e.status]).sort()).toEqual([
      ['DOSSIER_DOCUMENT', 'GUEST', false, 'SENT'],
      ['DOSSIER_DOCUMENT', 'OWNER', true, 'SENT'],
      ['OWNER_NEW_BOOKING', 'OWNER', false, 'SENT'],
    ]);
    const toGuest = sink.received.find((m) => m.messageId === `<${emails.find((e) => e.recipient === 'GUEST')?.id}@gites.example>`);
    expect(toGuest?.to).toMatchObject({ text: 'marie.dupont@example.org' });
    expect(toGuest?.replyTo?.text).toBe(gite.owner.email);
    expect(toGuest?.from?.value[0].address).toBe('reservations@gites.example');
    expect(toGuest?.subject).toMatch(/Proposition de location/);
    const [pdf] = toGuest?.attachments ?? [];
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    // What arrives is byte for byte what the outbox stored when the email was queued.
    const [stored] = await t.app.get(EntityManager).fork().getConnection().execute<{ bytes: Buffer }[]>('SELECT bytes FROM blobs WHERE id = encode(sha256(?), \'hex\')', [pdf.content]);
    expect(Buffer.compare(stored.bytes, pdf.content)).toBe(0);
  });

  it('shows "not sent: no address" on a file whose guest left none, and sends the owner the news anyway', async () => {
    const dossierId = await bookOnline(t, gite, '2027-04-03', '2027-04-10', null);

    const emails = await until('the emails settled', async () => settled(await emailsOf(t, gite, dossierId), 3));
    const toGuest = emails.find((e) => e.recipient === 'GUEST');
    expect(toGuest).toMatchObject({ status: 'FAILED', to: null, error: 'not sent: no address', attempts: 0 });
    expect(emails.find((e) => e.kind === 'OWNER_NEW_BOOKING')?.status).toBe('SENT');
  });

  it('does not write to the guest of a file made in the back office', async () => {
    const created = await t.gql<{ createDossier: { id: string } }>(
      'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
      { input: { accommodationId: gite.accommodationId, arrival: '2027-05-01', departure: '2027-05-08', occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 50_000, guest: { lastName: 'Martin', email: 'martin@example.org' } } },
      gite.owner.token,
    );
    const dossierId = created.data?.createDossier.id as string;
    // The policy has seen the file once its number is in: a later online booking's emails prove it moved past.
    const later = await bookOnline(t, gite, '2027-05-15', '2027-05-22');
    await until('the later booking told', async () => settled(await emailsOf(t, gite, later), 3));
    expect(await emailsOf(t, gite, dossierId)).toEqual([]);
  });
});

describe('the outbox under a failing mail server', () => {
  it('delivers every email exactly once when the server comes back after being down', async () => {
    const port = await freePort();
    const clock = new ManualClock(new Date('2027-01-10T09:00:00Z'));
    const t = await startTestApp({ clock, config: { smtpUrl: `smtp://127.0.0.1:${port}`, emailPollMs: 0, pdfWorkers: 1 } });
    const sender = t.app.get(EmailSender);
    let sink: SmtpSink | undefined;
    try {
      const gite = await ownerWithGite(t);
      const dossierId = await bookOnline(t, gite, '2027-02-06', '2027-02-13');
      await until('three emails queued', async () => (await emailsOf(t, gite, dossierId)).length === 3);
      await sender.deliverDue();
      const deferred = await until('three attempts failed', async () => {
        const emails = await emailsOf(t, gite, dossierId);
        return emails.every((e) => e.attempts === 1) && emails;
      });
      expect(deferred.every((e) => e.status === 'QUEUED' && e.error === 'the mail server refused the connection')).toBe(true);

      // Before the backoff has passed, nothing is tried again.
      await sender.deliverDue();
      expect((await emailsOf(t, gite, dossierId)).map((e) => e.attempts)).toEqual([1, 1, 1]);

      sink = await startSmtpSink(() => null, { port });
      clock.advance(3_600_000);
      await sender.deliverDue();
      const sent = await until('all sent', async () => settled(await emailsOf(t, gite, dossierId), 3));
      expect(sent.map((e) => e.attempts)).toEqual([2, 2, 2]);

      clock.advance(3_600_000);
      await sender.deliverDue();
      // Emails other tests of this database left queued may be delivered here too: only ours count.
      const ids = sink.received.map((m) => m.messageId).filter((id) => sent.some((e) => id === `<${e.id}@localhost>`));
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
    } finally {
      await t.close();
      await sink?.close();
    }
  });

  it('fails an email for good when the recipient is refused, and never tries it again', async () => {
    const sink = await startSmtpSink((address) => (address === 'nobody@example.org' ? refusal(550, '5.1.1 mailbox unavailable') : null));
    const clock = new ManualClock(new Date('2027-01-10T09:00:00Z'));
    const t = await startTestApp({ clock, config: { smtpUrl: sink.url, emailPollMs: 0, pdfWorkers: 1 } });
    try {
      const gite = await ownerWithGite(t);
      const dossierId = await bookOnline(t, gite, '2027-02-06', '2027-02-13', 'nobody@example.org');
      await until('three emails queued', async () => (await emailsOf(t, gite, dossierId)).length === 3);
      await t.app.get(EmailSender).deliverDue();
      const emails = await until('settled', async () => settled(await emailsOf(t, gite, dossierId), 3));
      expect(emails.find((e) => e.recipient === 'GUEST')).toMatchObject({ status: 'FAILED', attempts: 1, error: 'refused by the receiving server: 550 5.1.1 mailbox unavailable' });

      clock.advance(24 * 3_600_000);
      await t.app.get(EmailSender).deliverDue();
      expect((await emailsOf(t, gite, dossierId)).find((e) => e.recipient === 'GUEST')?.attempts).toBe(1);
      expect(sink.recipientsAsked.filter((a) => a === 'nobody@example.org')).toHaveLength(1);
    } finally {
      await t.close();
      await sink.close();
    }
  });
});

describe('two app instances', () => {
  it('never send the same email twice', async () => {
    const sink = await startSmtpSink();
    const config = { smtpUrl: sink.url, emailPollMs: 20, pdfWorkers: 1 };
    const a = await startTestApp({ config });
    const b = await startTestApp({ config });
    try {
      const gite = await ownerWithGite(a);
      await a.gql('mutation { setEmailSettings(input: { onlineBooking: NOTIFICATION }) { onlineBooking } }', {}, gite.owner.token);
      const files = await Promise.all(Array.from({ length: 8 }, (_, i) => bookOnline(i % 2 === 0 ? a : b, gite, `2027-0${1 + (i % 8)}-0${1 + (i % 2)}`, `2027-0${1 + (i % 8)}-2${i % 2}`)));
      const ours = new Set<string>();
      for (const id of files) for (const email of await until(`the emails of ${id}`, async () => settled(await emailsOf(a, gite, id), 3))) ours.add(`<${email.id}@localhost>`);
      const ids = sink.received.map((m) => m.messageId).filter((id) => id !== undefined && ours.has(id));
      expect(ids).toHaveLength(24);
      expect(new Set(ids).size).toBe(24);
    } finally {
      await a.close();
      await b.close();
      await sink.close();
    }
  });
});
