import { randomUUID } from 'node:crypto';
import { ReminderScheduler } from '../../src/communication/application/reminder-scheduler';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { CREATE_DOSSIER, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

/**
 * Reminders, on a clock moved by hand: an option whose deposit fell due unpaid reminds its guest
 * once; a confirmed file reminds its guest of the balance the number of days before it falls due
 * that the owner chose; each once per due date, however often or by how many the scheduler runs.
 */
const EMAILS = 'query($id: ID!) { dossier(id: $id) { emails { kind recipient copy status } } }';

interface Email {
  kind: string;
  recipient: string;
  copy: boolean;
}

const DAY = 86_400_000;

describe('reminders', () => {
  let t: TestApp;
  let clock: ManualClock;
  let gite: OwnerWithGite;
  let scheduler: ReminderScheduler;

  // 09:00 in Paris on 10 January 2031: a deposit due in 10 days falls due on the 20th. The
  // scheduler reminds every file of the database, and the worker's database holds the files of
  // the tests before this one (2026 and 2027): in 2031 none of theirs is due, so this file's
  // guests are the only ones reminded, however many ran before.
  beforeAll(async () => {
    clock = new ManualClock(new Date('2031-01-10T08:00:00Z'));
    t = await startTestApp({ clock, config: { emailPollMs: 0 } });
    scheduler = t.app.get(ReminderScheduler);
    gite = await ownerWithGite(t);
  });
  afterAll(() => t.close());

  const guestReminders = async (dossierId: string, kind: string): Promise<Email[]> => {
    const answer = await t.gql<{ dossier: { emails: Email[] } | null }>(EMAILS, { id: dossierId }, gite.owner.token);
    return (answer.data?.dossier?.emails ?? []).filter((e) => e.kind === kind && !e.copy);
  };

  async function settledCount(dossierId: string, kind: string): Promise<number> {
    // The read model shows a queued email within moments; give it a few.
    for (let i = 0; i < 40; i++) {
      const found = await guestReminders(dossierId, kind);
      if (found.length > 0) return found.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return 0;
  }

  async function book(arrival: string, departure: string): Promise<string> {
    const answer = await t.gql<{ createDossier: { id: string } }>(
      CREATE_DOSSIER,
      { input: { accommodationId: gite.accommodationId, arrival, departure, occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 70_000, guest: { lastName: 'Dupont', email: 'dupont@example.org' } } },
      gite.owner.token,
    );
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.createDossier.id;
  }

  it('reminds the guest of a late deposit once, the day after it fell due where the gîte is', async () => {
    const dossierId = await book('2031-03-06', '2031-03-13');

    clock.advance(10 * DAY + 14 * 3_600_000); // 20 January, 23:00 in Paris: due today, not late yet
    await scheduler.remind();
    expect(await guestReminders(dossierId, 'DEPOSIT_REMINDER')).toEqual([]);

    clock.advance(2 * 3_600_000); // 21 January, 01:00 in Paris
    await Promise.all([scheduler.remind(), scheduler.remind()]);
    expect(await settledCount(dossierId, 'DEPOSIT_REMINDER')).toBe(1);

    clock.advance(DAY);
    await scheduler.remind();
    expect(await guestReminders(dossierId, 'DEPOSIT_REMINDER')).toHaveLength(1);
  });

  it('reminds the guest of the balance the chosen number of days before it falls due', async () => {
    await t.gql('mutation { setEmailSettings(input: { balanceReminderDays: 3 }) { balanceReminderDays } }', {}, gite.owner.token);
    const dossierId = await book('2031-04-03', '2031-04-10');
    await t.gql(
      'mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { status } }',
      { id: dossierId, input: { cents: 17_500, date: '2031-01-22', method: 'TRANSFER' } },
      gite.owner.token,
    );
    const untilArrival = Date.parse('2031-03-30T22:00:00Z') - clock.now().getTime(); // 31 March, 00:00 in Paris: 3 days before
    clock.advance(untilArrival - 3_600_000);
    await scheduler.remind();
    expect(await guestReminders(dossierId, 'BALANCE_REMINDER')).toEqual([]);

    clock.advance(2 * 3_600_000);
    await scheduler.remind();
    expect(await settledCount(dossierId, 'BALANCE_REMINDER')).toBe(1);
    await scheduler.remind();
    expect(await guestReminders(dossierId, 'BALANCE_REMINDER')).toHaveLength(1);
  });

  it('leaves the deposit alone when the owner turned that reminder off', async () => {
    await t.gql('mutation { setEmailSettings(input: { depositReminder: false }) { depositReminder } }', {}, gite.owner.token);
    const dossierId = await book('2031-09-04', '2031-09-11');
    clock.advance(12 * DAY);
    await scheduler.remind();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await guestReminders(dossierId, 'DEPOSIT_REMINDER')).toEqual([]);
  });

  it('still reminds every other guest when one file cannot be read', async () => {
    await t.gql('mutation { setEmailSettings(input: { depositReminder: true }) { depositReminder } }', {}, gite.owner.token);
    // Its deposit falls due a day earlier, so the scheduler meets it first.
    const poisoned = await book('2031-10-02', '2031-10-09');
    clock.advance(DAY);
    const healthy = await book('2031-10-16', '2031-10-23');
    const store = t.app.get<EventStore>(EVENT_STORE);
    const [opened] = await store.readStream(`dossier-${poisoned}`);
    await store.appendToStream(
      `dossier-${poisoned}`,
      // A type no code reads: the file cannot be folded, yet no follower handles it, so nothing else is disturbed.
      [{ type: 'DossierScribbled', schemaVersion: 1, data: { dossierId: poisoned, ownerId: gite.owner.id }, metadata: { ...opened.metadata, correlationId: randomUUID() } }],
      { expectedRevision: 'any' },
    );
    clock.advance(12 * DAY);

    await scheduler.remind();

    expect(await settledCount(healthy, 'DEPOSIT_REMINDER')).toBe(1);
  });
});
