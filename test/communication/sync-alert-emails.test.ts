import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ParsedMail } from 'mailparser';
import { SyncAlertEmailsPolicy } from '../../src/communication/application/sync-alert-emails.policy';
import { SYNC_EMAIL_KINDS, type ClashFacts, type SyncEmailFacts } from '../../src/communication/domain/email/email-facts';
import { emailContent } from '../../src/communication/infrastructure/email/email-content';
import { decoded, EVENT_STORE, type EventStore, type RecordedEvent } from '../../src/event-store/event-store.port';
import { planningEvents, type PlanningEvent } from '../../src/reservation/contracts';
import { addDays } from '../../src/shared/kernel/calendar-date';
import { LANGS } from '../../src/shared/kernel/lang';
import { icalFeedEvents, type IcalFeedWentSilent } from '../../src/synchronisation/contracts';
import { CREATE_DOSSIER, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * What an owner is told of the calendars they import from other platforms, on a real SMTP server
 * in the test process. The import that records these facts is Synchronisation's; here they are
 * appended to their streams as it will append them: a stay another platform lists on nights the
 * planning already gives to a file or a block, and a calendar not read for too long. « Gîte des
 * Lavandes », July 2027 (3, 10, 17, 24 July are Saturdays).
 */
const GITE = 'Gîte des Lavandes';

type Hold = Extract<PlanningEvent, { type: 'ImportConflicted' }>['data']['hold'];

/** Intl and the French wording write no-break spaces (amounts, « quotes », "15 h 05"). */
const spaced = (s: string | false | undefined): string => (s || '').replace(/[\u202f\u00a0]/g, ' ');

const addressesOf = (mail: ParsedMail): string[] => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((v) => v.address ?? ''));

describe('emails to an owner about the calendars they import', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));
  const store = (): EventStore => t.app.get<EventStore>(EVENT_STORE);

  const ok = async (document: string, variables: Record<string, unknown>, token?: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };

  const englishSpeaking = (gite: OwnerWithGite) => ok('mutation { setEmailSettings(input: { languages: [EN, FR] }) { languages } }', {}, gite.owner.token);

  /** The hold the planning gave to a file or block, as its stream records it. */
  async function holdOn(gite: OwnerWithGite, which: (hold: Hold) => boolean): Promise<Hold> {
    const held = (await store().readStream(`planning-${gite.accommodationId}`)).map((r) => planningEvents.decode(r)).find((e) => e.type === 'NightsHeld' && which(e.data.hold));
    if (held?.type !== 'NightsHeld') throw new Error('no such hold on the planning');
    return held.data.hold;
  }

  /** A file of the owner's for Marie Dupont, 3 to 10 July 2027, once it has its number. */
  async function fileOf(gite: OwnerWithGite): Promise<{ hold: Hold; number: number }> {
    const input = { accommodationId: gite.accommodationId, arrival: '2027-07-03', departure: '2027-07-10', occupants: [{ ageRangeId: gite.adults, count: 2 }], price: 80_000, guest: { firstName: 'Marie', lastName: 'Dupont', email: 'marie.dupont@example.org', phone1: '06 12 34 56 78' } };
    const created = (await ok(CREATE_DOSSIER, { input }, gite.owner.token)).createDossier as { id: string };
    const number = await until('the file numbered', async () => (await t.gql<{ dossier: { number: number | null } | null }>('query($id: ID!) { dossier(id: $id) { number } }', { id: created.id }, gite.owner.token)).data?.dossier?.number);
    return { hold: await holdOn(gite, (h) => h.dossierId === created.id), number };
  }

  const importedHold = (arrival: string, departure: string, label: string): Hold => ({ holdId: randomUUID(), kind: 'IMPORTED', arrival, departure, dossierId: null, reason: label });

  const metadata = (occurredAt: Date) => ({ occurredAt: occurredAt.toISOString(), actor: { kind: 'system' as const, id: 'synchronisation' }, correlationId: randomUUID(), causationId: null });

  /** What the import appends to the planning when a calendar lists a stay on nights taken here. */
  async function importConflicted(gite: OwnerWithGite, source: string, hold: Hold, clash: Hold): Promise<RecordedEvent> {
    const [conflict] = await importConflicts(gite, source, [{ hold, clash }]);
    return conflict;
  }

  /** What one reading of a calendar appends when it lists several stays on nights taken here: one append, one correlation. */
  async function importConflicts(gite: OwnerWithGite, source: string, conflicts: readonly { hold: Hold; clash: Hold }[]): Promise<RecordedEvent[]> {
    const stream = `planning-${gite.accommodationId}`;
    const meta = metadata(clock.now());
    const events = conflicts.map(({ hold, clash }) => ({
      id: randomUUID(),
      type: 'ImportConflicted',
      schemaVersion: planningEvents.versionOf('ImportConflicted'),
      data: { accommodationId: gite.accommodationId, ownerId: gite.owner.id, source, hold, clash },
      metadata: meta,
    }));
    await store().appendToStream(stream, events, { expectedRevision: 'any' });
    return Promise.all(events.map((e) => recorded(stream, e.id)));
  }

  /** The owner's own block on one night, as a clash: the planning need not hold it for the alert to name it. */
  const blockedNight = (night: string, reason: string): Hold => ({ holdId: randomUUID(), kind: 'BLOCK', arrival: night, departure: addDays(night, 1), dossierId: null, reason });

  /** What a feed's stream records once it has not been read for more than three intervals. */
  async function wentSilent(gite: OwnerWithGite, label: string, lastSuccessAt: string | null, occurredAt = clock.now()): Promise<RecordedEvent> {
    const id = randomUUID();
    const feedId = randomUUID();
    const stream = `ical-feed-${feedId}`;
    const data: IcalFeedWentSilent = { feedId, ownerId: gite.owner.id, accommodationId: gite.accommodationId, label, lastSuccessAt, flaggedAt: occurredAt.toISOString() };
    await store().appendToStream(stream, [{ id, type: 'IcalFeedWentSilent', schemaVersion: icalFeedEvents.versionOf('IcalFeedWentSilent'), data, metadata: metadata(occurredAt) }], { expectedRevision: 'any' });
    return recorded(stream, id);
  }

  async function recorded(stream: string, id: string): Promise<RecordedEvent> {
    const found = (await store().readStream(stream)).find((r) => r.id === id);
    if (!found) throw new Error(`event ${id} not in ${stream}`);
    return found;
  }

  /** The emails the SMTP server received for `address` whose subject starts so, once there are `count`. */
  const received = (address: string, subject: string, count = 1) =>
    until(`${count} email(s) "${subject}…" to ${address}`, () => {
      const mails = sink.received.filter((m) => addressesOf(m).includes(address) && (m.subject ?? '').startsWith(subject));
      return Promise.resolve(mails.length >= count && mails);
    });

  /** The outbox's rows of the owner's, of one kind. */
  const outboxOf = (gite: OwnerWithGite, kind: string) =>
    t.app
      .get(EntityManager)
      .fork()
      .getConnection()
      .execute<{ recipient: string; to: string; dossier_id: string | null; status: string }[]>('SELECT recipient, "to", dossier_id, status FROM emails WHERE owner_id = ? AND kind = ?', [gite.owner.id, kind]);

  /** Time for a second email to be queued and sent, were there one. */
  const aMoment = () => new Promise((resolve) => setTimeout(resolve, 500));

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ clock, config: { smtpUrl: sink.url, emailPollMs: 50, mailFrom: 'reservations@gites.example', pdfWorkers: 1 } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  describe('a stay another platform lists on nights already taken here', () => {
    it('tells a French owner once, in French, which calendar, which nights, the file holding them by its number, and that nothing was changed', async () => {
      const gite = await ownerWithGite(t, GITE);
      const file = await fileOf(gite);
      const conflict = await importConflicted(gite, randomUUID(), importedHold('2027-07-04', '2027-07-11', 'Airbnb'), file.hold);

      const [mail] = await received(gite.owner.email, 'Conflit de calendrier');
      expect(mail.subject).toBe(`Conflit de calendrier : ${GITE}, du dimanche 4 juillet 2027 au dimanche 11 juillet 2027`);
      expect(addressesOf(mail)).toEqual([gite.owner.email]);
      const text = spaced(mail.text);
      expect(text).toContain(`Le calendrier « Airbnb » que vous importez pour « ${GITE} » indique un séjour du dimanche 4 juillet 2027 au dimanche 11 juillet 2027, soit 7 nuits, la dernière étant celle du samedi 10 juillet 2027.`);
      expect(text).toContain(`ces nuits sont déjà occupées, en tout ou en partie, par la réservation n° ${file.number}, du samedi 3 juillet 2027 au samedi 10 juillet 2027.`);
      expect(text).toContain(`Nous n'avons rien modifié : la réservation n° ${file.number} reste en place sur votre planning, et le séjour indiqué par « Airbnb » n'y a pas été ajouté.`);
      expect(text).toContain('Merci de vérifier ce séjour sur la plateforme du calendrier « Airbnb »');
      expect(spaced(mail.html)).toContain('dimanche 4 juillet 2027');
      // The owner sees the file; its guest's details have no business in an alert.
      for (const said of [text, spaced(mail.html)]) {
        expect(said).not.toContain('Dupont');
        expect(said).not.toContain('marie.dupont@example.org');
        expect(said).not.toContain('06 12 34 56 78');
      }

      const policy = t.app.get(SyncAlertEmailsPolicy);
      await policy.react(decoded(conflict, policy.decode(conflict)));
      await policy.react(decoded(conflict, policy.decode(conflict)));
      await aMoment();
      expect(await received(gite.owner.email, 'Conflit de calendrier')).toHaveLength(1);
      const rows = await until('the alert sent', async () => {
        const all = await outboxOf(gite, 'OWNER_IMPORT_CONFLICT');
        return all.every((r) => r.status === 'SENT') && all;
      });
      expect(rows).toEqual([{ recipient: 'OWNER', to: gite.owner.email, dossier_id: null, status: 'SENT' }]);
    });

    it('tells an English-speaking owner in English, naming the block that holds the nights', async () => {
      const gite = await ownerWithGite(t, GITE);
      await englishSpeaking(gite);
      await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2027-07-17", to: "2027-07-24", reason: "Travaux") { from } }', { id: gite.accommodationId }, gite.owner.token);
      const block = await holdOn(gite, (h) => h.kind === 'BLOCK');
      await importConflicted(gite, randomUUID(), importedHold('2027-07-20', '2027-07-21', 'Booking.com'), block);

      const [mail] = await received(gite.owner.email, 'Calendar conflict');
      expect(mail.subject).toBe(`Calendar conflict: ${GITE}, from Tuesday 20 July 2027 to Wednesday 21 July 2027`);
      expect(addressesOf(mail)).toEqual([gite.owner.email]);
      const text = spaced(mail.text);
      expect(text).toContain(`The calendar “Booking.com” you import for ${GITE} lists a stay from Tuesday 20 July 2027 to Wednesday 21 July 2027: 1 night, the last one being the night of Tuesday 20 July 2027.`);
      expect(text).toContain('these nights are already taken, in whole or in part, by a period you blocked (“Travaux”), from Saturday 17 July 2027 to Saturday 24 July 2027.');
      expect(text).toContain('We have changed nothing: that blocked period remains as it was on your planning');
      expect(text).toContain('Please check this stay on the platform of the calendar “Booking.com”');
    });
  });

  describe('several stays one reading of a calendar lists on nights already taken here', () => {
    it('tells a French owner in one email every stay and what holds its nights, leaving out those another import holds', async () => {
      const gite = await ownerWithGite(t, GITE);
      const file = await fileOf(gite);
      await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2027-07-17", to: "2027-07-24", reason: "Travaux") { from } }', { id: gite.accommodationId }, gite.owner.token);
      const block = await holdOn(gite, (h) => h.kind === 'BLOCK');
      const conflicts = await importConflicts(gite, randomUUID(), [
        // First in the append, yet no conflict of the owner's: the email is the next one's.
        { hold: importedHold('2027-08-08', '2027-08-15', 'Airbnb'), clash: importedHold('2027-08-07', '2027-08-14', 'Booking.com') },
        { hold: importedHold('2027-07-04', '2027-07-11', 'Airbnb'), clash: file.hold },
        { hold: importedHold('2027-07-20', '2027-07-21', 'Airbnb'), clash: block },
      ]);

      const [mail] = await received(gite.owner.email, 'Conflits de calendrier');
      expect(mail.subject).toBe(`Conflits de calendrier : ${GITE}, 2 séjours`);
      expect(addressesOf(mail)).toEqual([gite.owner.email]);
      const text = spaced(mail.text);
      expect(text).toContain(`Le calendrier « Airbnb » que vous importez pour « ${GITE} » indique 2 séjours sur des nuits déjà occupées, en tout ou en partie, sur votre planning.`);
      expect(text).toContain(`– du dimanche 4 juillet 2027 au dimanche 11 juillet 2027 (7 nuits) : la réservation n° ${file.number}, du samedi 3 juillet 2027 au samedi 10 juillet 2027\n`);
      expect(text).toContain('– du mardi 20 juillet 2027 au mercredi 21 juillet 2027 (1 nuit) : une période que vous avez bloquée (« Travaux »), du samedi 17 juillet 2027 au samedi 24 juillet 2027');
      expect(text).toContain("Nous n'avons rien modifié : ce qui occupe ces nuits reste en place sur votre planning, et les séjours indiqués par « Airbnb » n'y ont pas été ajoutés.");
      expect(text).not.toContain('août');
      expect(text).not.toContain('autre');
      for (const said of [text, spaced(mail.html)]) {
        expect(said).not.toContain('Dupont');
        expect(said).not.toContain('marie.dupont@example.org');
      }

      // Each of the import's events seen again, as after a restart or a rebuild: still one email.
      const policy = t.app.get(SyncAlertEmailsPolicy);
      for (const conflict of [...conflicts, ...conflicts]) await policy.react(decoded(conflict, policy.decode(conflict)));
      await aMoment();
      expect(await received(gite.owner.email, 'Conflit')).toHaveLength(1);
      expect(await outboxOf(gite, 'OWNER_IMPORT_CONFLICT')).toHaveLength(1);
    });

    it('tells an English-speaking owner in English', async () => {
      const gite = await ownerWithGite(t, GITE);
      await englishSpeaking(gite);
      await importConflicts(gite, randomUUID(), [
        { hold: importedHold('2027-09-04', '2027-09-06', 'Booking.com'), clash: blockedNight('2027-09-05', 'Peinture') },
        { hold: importedHold('2027-09-11', '2027-09-12', 'Booking.com'), clash: blockedNight('2027-09-11', 'Famille') },
      ]);

      const [mail] = await received(gite.owner.email, 'Calendar conflicts');
      expect(mail.subject).toBe(`Calendar conflicts: ${GITE}, 2 stays`);
      const text = spaced(mail.text);
      expect(text).toContain(`The calendar “Booking.com” you import for ${GITE} lists 2 stays on nights already taken, in whole or in part, on your planning.`);
      expect(text).toContain('– from Saturday 4 September 2027 to Monday 6 September 2027 (2 nights): a period you blocked (“Peinture”), from Sunday 5 September 2027 to Monday 6 September 2027\n');
      expect(text).toContain('– from Saturday 11 September 2027 to Sunday 12 September 2027 (1 night): a period you blocked (“Famille”), from Saturday 11 September 2027 to Sunday 12 September 2027');
      expect(text).toContain('We have changed nothing: what holds these nights remains as it was on your planning, and the stays listed by “Booking.com” have not been added to it.');
      expect(text).not.toContain('more');
    });

    it('lists twenty and counts the rest', async () => {
      const gite = await ownerWithGite(t, GITE);
      const nights = Array.from({ length: 27 }, (_, i) => addDays('2027-10-01', i));
      const conflicts = await importConflicts(
        gite,
        randomUUID(),
        nights.map((night, i) => ({ hold: importedHold(night, addDays(night, 1), 'Airbnb'), clash: blockedNight(night, `Bloc ${i + 1}`) })),
      );

      const [mail] = await received(gite.owner.email, 'Conflits de calendrier');
      expect(mail.subject).toBe(`Conflits de calendrier : ${GITE}, 27 séjours`);
      const text = spaced(mail.text);
      const listed = text.split('\n').filter((line) => line.startsWith('– du '));
      expect(listed).toHaveLength(20);
      expect(listed[0]).toContain('« Bloc 1 »');
      expect(listed[19]).toContain('« Bloc 20 »');
      expect(text).not.toContain('« Bloc 21 »');
      expect(text).toContain('– et 7 autres séjours dans le même cas');

      const policy = t.app.get(SyncAlertEmailsPolicy);
      for (const conflict of conflicts) await policy.react(decoded(conflict, policy.decode(conflict)));
      await aMoment();
      expect(await received(gite.owner.email, 'Conflit')).toHaveLength(1);
    });

    it('writes once per reading: two readings of the same calendar, two emails', async () => {
      const gite = await ownerWithGite(t, GITE);
      const source = randomUUID();
      await importConflicts(gite, source, [
        { hold: importedHold('2027-11-06', '2027-11-07', 'Airbnb'), clash: blockedNight('2027-11-06', 'Un') },
        { hold: importedHold('2027-11-13', '2027-11-14', 'Airbnb'), clash: blockedNight('2027-11-13', 'Deux') },
      ]);
      await importConflicts(gite, source, [
        { hold: importedHold('2027-11-20', '2027-11-21', 'Airbnb'), clash: blockedNight('2027-11-20', 'Trois') },
        { hold: importedHold('2027-11-27', '2027-11-28', 'Airbnb'), clash: blockedNight('2027-11-27', 'Quatre') },
      ]);

      const mails = await received(gite.owner.email, 'Conflits de calendrier', 2);
      await aMoment();
      expect(await received(gite.owner.email, 'Conflit')).toHaveLength(2);
      const texts = mails.map((m) => spaced(m.text));
      expect(texts.map((m) => m.includes('« Un »') && m.includes('« Deux »'))).toContain(true);
      expect(texts.map((m) => m.includes('« Trois »') && m.includes('« Quatre »'))).toContain(true);
      for (const said of texts) expect(said.includes('« Un »')).not.toBe(said.includes('« Trois »'));
    });
  });

  it('writes nothing when the nights are held by another imported calendar: the same stay seen through two platforms sells nothing twice', async () => {
    const gite = await ownerWithGite(t, GITE);
    const other = importedHold('2027-08-07', '2027-08-14', 'Booking.com');
    const conflict = await importConflicted(gite, randomUUID(), importedHold('2027-08-08', '2027-08-15', 'Airbnb'), other);
    const policy = t.app.get(SyncAlertEmailsPolicy);
    await policy.react(decoded(conflict, policy.decode(conflict)));
    await aMoment();
    expect(await outboxOf(gite, 'OWNER_IMPORT_CONFLICT')).toEqual([]);
  });

  describe('a calendar not read for more than three intervals', () => {
    it('tells a French owner once when it was last read, in Paris time and French formats, and what to check', async () => {
      const gite = await ownerWithGite(t, GITE);
      const silent = await wentSilent(gite, 'Airbnb', '2027-05-31T13:05:00Z');

      const [mail] = await received(gite.owner.email, 'Calendrier Airbnb');
      expect(mail.subject).toBe(`Calendrier Airbnb injoignable : ${GITE}`);
      expect(addressesOf(mail)).toEqual([gite.owner.email]);
      const text = spaced(mail.text);
      expect(text).toContain(`Nous n'arrivons plus à lire le calendrier « Airbnb » que vous importez pour « ${GITE} » : sa dernière lecture réussie date du lundi 31 mai 2027 à 15 h 05.`);
      expect(text).toContain('ne sont peut-être pas bloqués sur votre planning');
      expect(text).toContain("Vérifiez l'adresse (URL) de ce calendrier");
      expect(text).toContain('générez-en une nouvelle sur la plateforme');

      const policy = t.app.get(SyncAlertEmailsPolicy);
      await policy.react(decoded(silent, policy.decode(silent)));
      await policy.react(decoded(silent, policy.decode(silent)));
      await aMoment();
      expect(await received(gite.owner.email, 'Calendrier Airbnb')).toHaveLength(1);
      expect((await outboxOf(gite, 'OWNER_FEED_SILENT')).map((r) => [r.recipient, r.to])).toEqual([['OWNER', gite.owner.email]]);
    });

    it('tells an English-speaking owner in English that it was never read', async () => {
      const gite = await ownerWithGite(t, GITE);
      await englishSpeaking(gite);
      await wentSilent(gite, 'Vrbo', null);

      const [mail] = await received(gite.owner.email, 'Calendar Vrbo');
      expect(mail.subject).toBe(`Calendar Vrbo unreachable: ${GITE}`);
      const text = spaced(mail.text);
      expect(text).toContain(`We have never managed to read the calendar “Vrbo” you import for ${GITE}.`);
      expect(text).toContain("Please check the calendar's address (URL)");
      expect(text).not.toContain('last read');
    });

    it('says nothing of a calendar that went silent longer ago than news lasts', async () => {
      const gite = await ownerWithGite(t, GITE);
      await wentSilent(gite, 'Ancien', '2027-05-01T10:00:00Z', new Date(clock.now().getTime() - 25 * 3_600_000));
      await wentSilent(gite, 'Récent', '2027-05-31T10:00:00Z');

      // The policy follows the store in order: once the later alert is out, the earlier was seen.
      await received(gite.owner.email, 'Calendrier Récent');
      await aMoment();
      expect(sink.received.filter((m) => addressesOf(m).includes(gite.owner.email)).map((m) => m.subject)).toEqual([`Calendrier Récent injoignable : ${GITE}`]);
    });
  });
});

describe('an email about an imported calendar', () => {
  const clashes: readonly ClashFacts[] = [
    { kind: 'DOSSIER', number: 12, arrival: '2027-07-03', departure: '2027-07-10' },
    { kind: 'DOSSIER', number: null, arrival: '2027-07-03', departure: '2027-07-10' },
    { kind: 'PENDING_PAYMENT', number: null, arrival: '2027-07-03', departure: '2027-07-10' },
    { kind: 'BLOCK', reason: 'Travaux <i>', arrival: '2027-07-03', departure: '2027-07-10' },
    { kind: 'IMPORTED', calendar: 'Abritel <i>', arrival: '2027-07-03', departure: '2027-07-10' },
  ];

  const facts = (kind: (typeof SYNC_EMAIL_KINDS)[number], lang: (typeof LANGS)[number], clash: ClashFacts = clashes[0]): SyncEmailFacts => {
    const base = { lang, copy: false as const, sender: 'Gîte <Lilas>', accommodationName: 'Grange <b>', calendar: 'Air\nbnb <u>', footer: ['Gîte des Lilas'] };
    return kind === 'OWNER_IMPORT_CONFLICT' ? { ...base, kind, stay: { arrival: '2027-07-04', departure: '2027-07-11' }, clash, others: [], unlisted: 0 } : { ...base, kind, lastSuccessAt: '2027-01-15T13:05:00Z' };
  };

  describe.each(LANGS)('in %s', (lang) => {
    it.each(SYNC_EMAIL_KINDS)('writes %s on one subject line, with what the owner typed escaped in the HTML', (kind) => {
      const { subject, html, text } = emailContent(facts(kind, lang));
      expect(subject).not.toMatch(/[\r\n]/);
      expect(subject).toContain('Grange <b>');
      expect(text).toContain('Air bnb <u>');
      expect(html).toContain('Grange &lt;b&gt;');
      expect(html).toContain('Air bnb &lt;u&gt;');
      expect(html).not.toMatch(/<[bu]>/);
      expect(html).toContain('Gîte &lt;Lilas&gt;');
    });

    it.each(clashes.map((clash) => [clash.kind, clash] as const))('names what holds the nights: %s', (_kind, clash) => {
      const { html, text } = emailContent(facts('OWNER_IMPORT_CONFLICT', lang, clash));
      expect(html).not.toContain('<i>');
      if (clash.kind === 'DOSSIER' && clash.number !== null) expect(text).toContain(lang === 'FR' ? 'réservation n° 12' : 'booking no. 12');
      if (clash.kind === 'BLOCK') expect(text).toContain('Travaux <i>');
      if (clash.kind === 'IMPORTED') expect(text).toContain('Abritel <i>');
    });
  });

  it.each(LANGS)('writes several conflicts in %s with what the owner typed escaped in the HTML', (lang) => {
    const stay = { arrival: '2027-07-04', departure: '2027-07-11' };
    const others = clashes.slice(3).map((clash) => ({ stay, clash }));
    const several: SyncEmailFacts = { lang, copy: false, sender: 'Gîte', accommodationName: 'Grange <b>', calendar: 'Air\nbnb <u>', footer: [], kind: 'OWNER_IMPORT_CONFLICT', stay, clash: clashes[0], others, unlisted: 2 };
    const { subject, html, text } = emailContent(several);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toContain('Grange <b>');
    expect(subject).toContain(lang === 'FR' ? '5 séjours' : '5 stays');
    expect(text).toContain('Travaux <i>');
    expect(text).toContain('Abritel <i>');
    expect(text).toContain(lang === 'FR' ? 'et 2 autres' : 'and 2 more');
    expect(html).not.toMatch(/<[biu]>/);
    expect(html).toContain('Air bnb &lt;u&gt;');
  });

  it('writes a winter instant as Paris clocks read it then', () => {
    expect(spaced(emailContent(facts('OWNER_FEED_SILENT', 'FR')).text)).toContain('sa dernière lecture réussie date du vendredi 15 janvier 2027 à 14 h 05.');
    expect(emailContent(facts('OWNER_FEED_SILENT', 'EN')).text).toMatch(/it was last read successfully on Friday 15 January 2027 at 2:05 (pm|PM)\./);
  });
});
