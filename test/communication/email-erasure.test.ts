import { CommandBus } from '@nestjs/cqrs';
import { EmailSender } from '../../src/communication/infrastructure/email-sender';
import { CreateDossier, type DossierChange } from '../../src/reservation/application/create-dossier.handler';
import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { emailsOf, type SentEmail } from '../support/communication-fixtures';
import { testDatabaseUrl } from '../support/database';
import { personalDataInDatabase } from '../support/personal-data-leaks';
import { refusal, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * The outbox forgets an erased guest too: the mail server that refused her address quoted it back
 * (as Postfix does: "550 5.1.1 <…>: Recipient address rejected"), and that answer, kept in the
 * email's events and shown to the owner, names her no more once she is erased.
 */
const ADDRESS = 'ysolde.quarnbeck@example.org';

describe('an email refused for an address the server quoted back, then its guest erased', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let gite: OwnerWithGite;
  let dossierId: string;
  const clock = new ManualClock(new Date('2027-01-10T09:00:00Z'));

  const emails = (): Promise<SentEmail[]> => emailsOf(t, gite.owner.token, dossierId);
  const guestEmail = async () => (await emails()).find((e) => e.recipient === 'GUEST');

  beforeAll(async () => {
    sink = await startSmtpSink((address) => (address === ADDRESS ? refusal(550, `5.1.1 <${ADDRESS}>: Recipient address rejected: User unknown`) : null));
    t = await startTestApp({ clock, config: { smtpUrl: sink.url, emailPollMs: 0, pdfWorkers: 1 } });
    gite = await ownerWithGite(t);
    const input = { accommodationId: gite.accommodationId, arrival: '2027-02-06', departure: '2027-02-13', occupants: [{ ageRangeId: gite.adults, count: 2 }], optionalSupplementIds: [], price: 42_500, guest: { lastName: 'Quarnbeck', email: ADDRESS } };
    const change: DossierChange = await t.app.get(CommandBus).execute(new CreateDossier(gite.owner.id, input, { origin: 'ONLINE', destinationId: null }));
    dossierId = change.dossierId;
    await until('the emails queued', async () => (await emails()).length === 3);
    await t.app.get(EmailSender).deliverDue();
    await until('the guest’s email refused', async () => (await guestEmail())?.status === 'FAILED');
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('shows the owner what the server said, her address in it', async () => {
    expect((await guestEmail())?.error).toBe(`refused by the receiving server: 550 5.1.1 <${ADDRESS}>: Recipient address rejected: User unknown`);
  });

  it('keeps that answer in the email’s events only sealed', async () => {
    const events = (await personalDataInDatabase(testDatabaseUrl(), { email: ADDRESS })).filter((found) => found.startsWith('events:'));
    expect(events).toEqual([]);
  });

  it('forgets it once she is erased: not in the owner’s list, not in any table', async () => {
    // Paid in full, the stay over: nothing stands in the way.
    const pay = await t.gql('mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2027-01-10", method: TRANSFER, cents: 42500 }) { status } }', { id: dossierId }, gite.owner.token);
    expect(pay.errors).toBeUndefined();
    clock.advance(40 * 86_400_000);
    const guestId = await until('her in the directory', async () => ((await t.gql('{ guests { nodes { id } } }', {}, gite.owner.token)).data?.guests.nodes as { id: string }[])[0]?.id);
    const erased = await t.gql('mutation($id: ID!) { eraseGuest(guestId: $id) { dossierIds } }', { id: guestId }, gite.owner.token);
    expect(erased.data?.eraseGuest).toEqual({ dossierIds: [dossierId] });
    expect(await guestEmail()).toMatchObject({ status: 'FAILED', to: null, error: 'personal data erased' });
    expect(await personalDataInDatabase(testDatabaseUrl(), { email: ADDRESS, 'last name': 'Quarnbeck' })).toEqual([]);
  });
});
